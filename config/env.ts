import { z } from "zod";
import { parseTrustedProxies } from "@/server/trusted-proxies.cjs";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .trim()
      .min(1, "must name an SQLite file (e.g. ./data/app.db) or a PostgreSQL database (postgres://…)")
      .default("./data/app.db")
      .transform((value) => value.replace(/^(sqlite:|file:)/, "")),
    /**
     * Where uploaded files (CVs) are kept. Default: beside the SQLite file, so a backup moves both;
     * on PostgreSQL ./data/uploads, which several instances must share (a mounted volume).
     */
    UPLOADS_DIR: z.string().trim().min(1).optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Defaults to http://localhost:$PORT, so a local `PORT=4000 npm start` links to itself. */
    SITE_URL: z.url("must be an absolute URL, e.g. https://hire.example.com").optional(),
    SMTP_URL: z
      .url("must be an SMTP URL, e.g. smtp://user:pass@mail.example.com:587")
      .refine((value) => /^smtps?:/.test(value), "must start with smtp:// or smtps://")
      .optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    /**
     * The key that seals stored secrets the site reads back (webhook signing secrets): services/secret-box.ts.
     * Unset: derived from NEXTAUTH_SECRET. Set it to change either without losing the other.
     */
    ENCRYPTION_KEY: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    ),
    ADMIN_EMAIL: z.email("must be an email address").optional(),
    ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
    MAIL_FROM: z.string().trim().min(3).default("Bedrock Talent <talent@bedrock-talent.example>"),
    /**
     * Where a call or interview without a fixed meeting link gets its own video room: a Jitsi Meet
     * server (the public one by default, or your own), which needs no account to open a room.
     */
    MEETING_BASE_URL: z
      .url("must be a Jitsi Meet server's https:// address, e.g. https://meet.jit.si")
      .refine((value) => value.startsWith("https://"), "must start with https://")
      .default("https://meet.jit.si"),
    /**
     * Whether the web server works the job queue itself. Unset: yes on SQLite (the embedded default,
     * one process) and under `next dev`; on PostgreSQL in production no, `npm run worker` does.
     */
    JOBS_IN_PROCESS: z.enum(["true", "false"]).optional(),
    /** How long an idle keep-alive connection stays open (server/preload.cjs): above the idle timeout of the proxy in front. */
    KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000, "must be at least 1000 (milliseconds)").optional(),
    /** How long a server told to stop keeps answering, with /api/ready saying 503, before it stops accepting connections (server/preload.cjs). */
    DRAIN_DELAY_MS: z.coerce.number().int().min(0).max(300_000, "must be at most 300000 (5 minutes)").optional(),
    /** The logs (server/log.cjs): the least severe level written, and JSON lines or pretty ones. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
    /** The bearer token Prometheus sends to GET /api/metrics; unset, the metrics are not served (404). */
    METRICS_TOKEN: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().trim().min(24, "must be at least 24 characters (openssl rand -hex 24)").optional(),
    ),
    /**
     * Traces (services/tracing.ts): with an OTLP/HTTP collector's address set, requests, server actions,
     * database statements and jobs are exported as OpenTelemetry spans; unset, nothing of it is loaded.
     * The other standard OTEL_* variables (headers, sampler) are read by the exporter itself.
     */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.url("must be the collector's OTLP/HTTP address, e.g. http://otel-collector:4318").optional(),
    ),
    OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(["http/protobuf", "http/json"]).optional(),
    OTEL_SERVICE_NAME: z.string().trim().min(1).default("bedrock-talent"),
    /** Unset: the socket's address is the client's. A hop count or a list of proxies: see server/trusted-proxies.cjs. */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, context) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        }
      }),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    path: ["ADMIN_PASSWORD"],
    message: "ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
  });

export type Env = Omit<z.infer<typeof schema>, "SITE_URL"> & { SITE_URL: string };
type Source = Record<string, string | undefined>;

const GENERATE = "generate one with `openssl rand -base64 32`";
/** Fragments of copied examples and development set-ups, compared without case or punctuation. */
const PLACEHOLDERS = [
  "changeme",
  "changethis",
  "replaceme",
  "placeholder",
  "yoursecret",
  "mysecret",
  "devsecret",
  "development",
  "testsecret",
  "supersecret",
  "notasecret",
  "insecure",
  "example",
  "nextauthsecret",
  "password",
  "1234567890",
  "abcdefghij",
  "qwerty",
];

/** Why a session-signing secret is not fit for production, or null when it is. */
export function sessionSecretProblem(secret: string | undefined): string | null {
  if (!secret) return `is required in production: ${GENERATE}`;
  if (secret.length < 32) return `must be at least 32 characters: ${GENERATE}`;
  const plain = secret.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (PLACEHOLDERS.some((word) => plain.includes(word)) || new Set(secret).size < 10) {
    return `looks like an example or development value, not a random secret: ${GENERATE}`;
  }
  return null;
}

/**
 * The production server (`next start`). `next build` runs with NODE_ENV=production too but signs no
 * sessions, so it needs no secret: Next marks it with NEXT_PHASE.
 */
export const isProductionServer = (source: Source) =>
  source.NODE_ENV === "production" && source.NEXT_PHASE !== "phase-production-build";

/**
 * Parses the given variables and lists every problem at once, so a misconfigured boot fails in one go.
 * `productionServer` adds the rules only a production server needs (a real NEXTAUTH_SECRET).
 */
export function parseEnv(source: Source, { productionServer = false } = {}): Env {
  const result = schema.safeParse(source);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  const secretProblem = productionServer ? sessionSecretProblem(source.NEXTAUTH_SECRET) : null;
  if (secretProblem && !problems.some((problem) => problem.startsWith("  - NEXTAUTH_SECRET:")))
    problems.push(`  - NEXTAUTH_SECRET: ${secretProblem}`);
  if (!result.success || problems.length > 0) throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  return { ...result.data, SITE_URL: result.data.SITE_URL ?? `http://localhost:${result.data.PORT}` };
}

export const env = parseEnv(process.env);
