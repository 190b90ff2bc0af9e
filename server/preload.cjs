"use strict";
/**
 * Preloaded by `npm start` and `npm run dev` (`node --require ./server/preload.cjs …next start`):
 * it sees every request before Next does. instrumentation.ts refuses to start a production server
 * without it.
 *
 * The client address. `next start` gives route handlers and actions no access to the socket, and Next only fills
 * X-Forwarded-For when the client did not send one: without this file the client chooses its own
 * address. This wraps every HTTP server the process creates so that, before Next sees a request,
 * the client address (the socket's, or the right hop of X-Forwarded-For when TRUSTED_PROXIES trusts
 * the peer) is written to a private header, and forwarding headers from an untrusted peer are dropped.
 *
 * Malformed request targets (server/malformed-request.cjs) are rewritten to a route that answers 400,
 * so the answer goes through Next and carries the security headers like every other.
 *
 * Every request gets an id, a log line and a duration in the metrics (server/request-log.cjs).
 */
const http = require("node:http");
const https = require("node:https");
const { parseTrustedProxies, applyClientAddress } = require("./trusted-proxies.cjs");
const { BAD_REQUEST_PATH, malformedRequestTarget } = require("./malformed-request.cjs");

const STATE = Symbol.for("bedrock.preload");

/** The trust setting, read once from the environment as Next will see it (.env files included). */
function trustFromEnvironment(state) {
  if (state.trust) return state.trust;
  try {
    // The loader (and cache) Next itself uses, so TRUSTED_PROXIES in .env.production.local counts too.
    require("@next/env").loadEnvConfig(process.cwd(), process.env.NODE_ENV === "development", {
      info() {},
      error: console.error,
    });
  } catch {
    // Not run from the project folder: the process environment alone.
  }
  state.setting = process.env.TRUSTED_PROXIES ?? "";
  try {
    state.trust = parseTrustedProxies(state.setting);
  } catch {
    // instrumentation.ts stops the server with the reason before it answers; until then trust nobody.
    state.trust = () => false;
  }
  return state.trust;
}

/** KEEP_ALIVE_TIMEOUT_MS, or 75 s: above the usual 60 s idle timeout of the balancer in front. */
function keepAliveTimeout(env) {
  const value = Number(env.KEEP_ALIVE_TIMEOUT_MS);
  return Number.isInteger(value) && value >= 1_000 ? value : 75_000;
}

/**
 * DRAIN_DELAY_MS, or 0: how long a server told to stop keeps answering, with /api/ready saying 503,
 * before it stops accepting connections, so a balancer that polls readiness stops sending to it first.
 */
function drainDelay(env) {
  const value = Number(env.DRAIN_DELAY_MS);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

if (!globalThis[STATE]) {
  const state = { servers: 0, setting: undefined, trust: undefined, draining: false };
  globalThis[STATE] = state;
  for (const library of [http, https]) {
    const createServer = library.createServer;
    library.createServer = function createServerWithClientAddress(...args) {
      const server = createServer.apply(this, args);
      const trust = trustFromEnvironment(state);
      // Required once the environment is read (.env files included): the logger takes LOG_LEVEL from it.
      const { trackRequest } = require("./request-log.cjs");
      // First in line, so every later listener (Next's) sees the rewritten headers.
      server.prependListener("request", (request, response) => {
        applyClientAddress(request, trust);
        if (malformedRequestTarget(request.url ?? "/")) request.url = BAD_REQUEST_PATH;
        trackRequest(request, response);
      });
      // Idle keep-alive connections outlive the balancer's (nginx's upstream keepalive_timeout is 60 s,
      // a cloud balancer's idle timeout 60 s): else the app closes a connection just as the balancer
      // sends a request on it, the classic cause of intermittent 502s. Node's default is 5 s.
      server.keepAliveTimeout = keepAliveTimeout(process.env);
      server.headersTimeout = Math.max(60_000, server.keepAliveTimeout + 1_000);
      // Stopping (SIGTERM, on which Next closes the server): readiness answers 503 at once (draining),
      // the server keeps answering for DRAIN_DELAY_MS, then stops accepting connections. Node closes
      // the connections idle then; one answering a request in flight waits only a second once idle,
      // not the long timeout, so the server exits promptly.
      const close = server.close;
      server.close = function closeAfterDraining(...closeArgs) {
        state.draining = true;
        const closeNow = () => {
          server.keepAliveTimeout = 1_000;
          close.apply(server, closeArgs);
        };
        const delay = drainDelay(process.env);
        if (delay > 0) setTimeout(closeNow, delay);
        else closeNow();
        return server;
      };
      state.servers += 1;
      return server;
    };
  }
}
