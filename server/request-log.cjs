"use strict";
/**
 * Per request, before Next sees it (called by server/preload.cjs): an id — the one a trusted proxy
 * sent in X-Request-Id (nginx's $request_id), else a new one — given to Next in the same header,
 * returned to the client, and carried by every log line written while the request is handled. When
 * the answer is sent (or the client goes away): one log line and one observation of the duration.
 */
const { randomUUID } = require("node:crypto");
const { logger, requestContext } = require("./log.cjs");
const { httpDuration } = require("./metrics.cjs");
const { routeOf } = require("./routes.cjs");

const REQUEST_ID_HEADER = "x-request-id";
const USABLE_ID = /^[\w.:-]{8,128}$/;

/** Static files and health checks (a load balancer asks every few seconds) are logged at debug level. */
const quiet = (route) => route === "/_next/static" || route === "/api/health" || route === "/api/ready";

/**
 * The preload has already dropped X-Request-Id from an untrusted peer (server/trusted-proxies.cjs), so
 * one still here came from a trusted proxy and is kept when it is well formed.
 */
function trackRequest(request, response) {
  const started = process.hrtime.bigint();
  const given = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof given === "string" && USABLE_ID.test(given) ? given : randomUUID();
  if (given !== requestId) {
    request.headers[REQUEST_ID_HEADER] = requestId;
    request.rawHeaders.push(REQUEST_ID_HEADER, requestId);
  }
  response.setHeader("X-Request-Id", requestId);
  // The rest of this request's handling (Next's listener runs next, in the same turn) and everything it awaits.
  requestContext.enterWith({ requestId });
  response.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(request.url);
    const status = response.writableFinished ? response.statusCode : 499;
    httpDuration.observe({ method: request.method, route, status: String(status) }, seconds);
    const line = { method: request.method, route, status, durationMs: Math.round(seconds * 10_000) / 10 };
    if (quiet(route)) logger.debug(line, "request");
    else logger.info(line, "request");
  });
}

module.exports = { trackRequest };
