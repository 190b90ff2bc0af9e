"use strict";
/**
 * The process's logger: pino, one JSON object per line (pretty under `next dev`, or with
 * LOG_FORMAT=pretty), each with the instance and, inside a request, its id. One per process, kept on
 * globalThis: the request preload (server/preload.cjs) makes it before Next loads, and the app
 * (services/log.ts), the worker and the scripts reach the same one.
 *
 * Personal data stays out: the request line names the route's pattern (`/book/manage/[token]`), never
 * the address or its query; the fields below are redacted, an error keeps only its kind, message,
 * codes and stack, and an email address in a message is masked.
 */
const { AsyncLocalStorage } = require("node:async_hooks");
const os = require("node:os");
const pino = require("pino");

const KEY = Symbol.for("bedrock.log");
const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** Fields that may hold personal data or secrets, at the top of a log object or one level down. */
const REDACTED = ["email", "to", "name", "password", "token", "authorization", "cookie", "text", "html"].flatMap(
  (field) => [field, `*.${field}`],
);

/** An email address anywhere in a text (an SMTP server's refusal quotes the recipient's). */
const EMAIL_ADDRESS = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[a-z]{2,}/gi;
const maskAddresses = (text) => (typeof text === "string" ? text.replace(EMAIL_ADDRESS, "[address]") : text);

/**
 * An error as it is logged: its kind, message, codes and stack, with any address masked. Not its
 * other properties: a mail library's error lists the rejected recipients, a query error its values.
 */
function safeError(error) {
  if (!(error instanceof Error)) return maskAddresses(String(error));
  const { code, responseCode } = /** @type {{ code?: unknown, responseCode?: unknown }} */ (error);
  return {
    type: error.name,
    message: maskAddresses(error.message),
    ...(code !== undefined ? { code } : {}),
    ...(responseCode !== undefined ? { responseCode } : {}),
    stack: maskAddresses(error.stack),
  };
}

function prettyTransport() {
  try {
    require.resolve("pino-pretty");
    return { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,instance" } };
  } catch {
    return undefined; // Not installed (a production install without development dependencies): JSON it is.
  }
}

function createLog() {
  const requestContext = new AsyncLocalStorage();
  const format = process.env.LOG_FORMAT ?? (process.env.NODE_ENV === "development" ? "pretty" : "json");
  const transport = format === "pretty" ? prettyTransport() : undefined;
  const logger = pino({
    // An unknown level is reported by the environment's check at start (config/env.ts); until then, info.
    level: LEVELS.includes(process.env.LOG_LEVEL) ? process.env.LOG_LEVEL : "info",
    base: { instance: process.env.INSTANCE_NAME ?? `${os.hostname()}:${process.env.PORT ?? process.pid}` },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor: "[redacted]" },
    serializers: { err: safeError },
    // A message may quote what a library said (graphile-worker repeats a task's error): addresses are masked there too.
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => maskAddresses(arg)),
        );
      },
    },
    mixin() {
      const store = requestContext.getStore();
      return store ? { requestId: store.requestId } : {};
    },
    ...(transport ? { transport } : {}),
  });
  return { logger, requestContext };
}

globalThis[KEY] ??= createLog();

// Named one by one, so ES modules (the worker, scripts under tsx) can import them by name.
exports.logger = globalThis[KEY].logger;
exports.requestContext = globalThis[KEY].requestContext;
exports.safeError = safeError;
