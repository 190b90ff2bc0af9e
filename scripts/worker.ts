/**
 * `npm run worker`: works the job queue until stopped (SIGTERM or SIGINT let the jobs in hand
 * finish). On PostgreSQL run one or more beside the web servers, on any instance; on SQLite the web
 * server already works the queue itself, and a worker beside it is safe but not needed.
 */

import { createServer } from "node:http";
import { env } from "@/config/env";
import { engine } from "@/db/engine";
import { closeDb } from "@/db/index";
import { redactLoggedQueryErrors } from "@/db/log-redaction";
import { startJobRunner } from "@/services/jobs/runner";
import { logger } from "@/services/log";
import { bearerMatches, metricsContentType, metricsText } from "@/services/metrics";
import { startTracing } from "@/services/tracing";

redactLoggedQueryErrors();
// A span per job and per statement, when OTEL_EXPORTER_OTLP_ENDPOINT is set.
const flushSpans = await startTracing();
const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 4);
const runner = await startJobRunner({ concurrency });
logger.info({ engine, concurrency }, "worker started");

// The worker's own figures (jobs run, emails delivered, the queue) for Prometheus, on a port of its own.
const metricsPort = Number(process.env.WORKER_METRICS_PORT ?? 0);
const metricsServer = metricsPort && env.METRICS_TOKEN ? serveMetrics(metricsPort, env.METRICS_TOKEN) : undefined;

function serveMetrics(port: number, token: string) {
  const server = createServer((request, response) => {
    if (request.url !== "/metrics") return void response.writeHead(404).end();
    if (!bearerMatches(request.headers.authorization, token))
      return void response.writeHead(401, { "WWW-Authenticate": 'Bearer realm="metrics"' }).end();
    metricsText().then(
      (text) => response.writeHead(200, { "Content-Type": metricsContentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  server.listen(port, () => logger.info({ port }, "worker metrics on /metrics"));
  return server;
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping: finishing the jobs in hand");
    metricsServer?.close();
    void runner
      .stop()
      .then(() => closeDb())
      .then(() => flushSpans?.())
      .then(() => process.exit(0));
  });
