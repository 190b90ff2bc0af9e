"use strict";
/**
 * The process's Prometheus metrics (prom-client): one registry per process, kept on globalThis so the
 * request preload, the app (services/metrics.ts) and the worker add to the same one, which
 * `GET /api/metrics` exports. Each instance exports its own counts, as Prometheus expects: it sums
 * them across instances. Queue figures come from the database when scraped (services/metrics.ts).
 */
const client = require("prom-client");

const KEY = Symbol.for("bedrock.metrics");

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const httpDuration = new client.Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer a request, by method, route pattern and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  /** A counter or gauge of this registry, made once by name (modules may load twice under `next dev`). */
  function metric(kind, name, help, labelNames = [], extra = {}) {
    const existing = registry.getSingleMetric(name);
    if (existing) return existing;
    const Kind = kind === "gauge" ? client.Gauge : client.Counter;
    return new Kind({ name, help, labelNames, registers: [registry], ...extra });
  }
  return { registry, httpDuration, metric };
}

globalThis[KEY] ??= createMetrics();

// Named one by one, so ES modules (the worker, scripts under tsx) can import them by name.
exports.registry = globalThis[KEY].registry;
exports.httpDuration = globalThis[KEY].httpDuration;
exports.metric = globalThis[KEY].metric;
