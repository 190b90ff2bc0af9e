import "server-only";
import { timingSafeEqual } from "node:crypto";
import { poolUse } from "@/db/index";
import { queueSummary } from "@/db/queue";
import { jobStates } from "@/domain/vocabulary";
import { metric, registry } from "@/server/metrics.cjs";

/*
 * What an operator graphs and alerts on, beside the request durations the preload records
 * (server/request-log.cjs) and Node's own (memory, event-loop lag, GC). Exported by GET /api/metrics.
 */

/** Contact requests by outcome: stored, held as spam, or refused (and why). */
export const contactRequestsCounter = metric("counter", "contact_requests_total", "Contact requests sent, by outcome", [
  "outcome",
]);

/** Discovery calls: booked, or refused (and why). */
export const bookingsCounter = metric("counter", "bookings_total", "Discovery call bookings, by outcome", ["outcome"]);

/** Each email delivery attempt: sent, logged (no SMTP server configured) or failed. */
export const emailDeliveriesCounter = metric(
  "counter",
  "email_deliveries_total",
  "Email delivery attempts, by result",
  ["result"],
);

export const webhookDeliveriesCounter = metric(
  "counter",
  "webhook_deliveries_total",
  "Webhook delivery attempts, by result",
  ["result"],
);

/** Each job run, by task and result (done or failed). */
export const jobRunsCounter = metric("counter", "jobs_run_total", "Jobs run, by task and result", ["task", "result"]);

/**
 * The queue's summary for one scrape: both queue gauges are collected together (prom-client asks every
 * metric at once), so they share one read of the database instead of making two.
 */
let summaryOfThisScrape: ReturnType<typeof queueSummary> | null = null;
function scrapedQueueSummary() {
  summaryOfThisScrape ??= queueSummary().finally(() => {
    summaryOfThisScrape = null;
  });
  return summaryOfThisScrape;
}

metric(
  "gauge",
  "job_queue_jobs",
  "Jobs in the queue, by task and state (read from the database when scraped)",
  ["task", "state"],
  {
    async collect() {
      this.reset();
      for (const { task, counts } of await scrapedQueueSummary())
        for (const state of jobStates) this.set({ task, state }, counts[state]);
    },
  },
);

metric(
  "gauge",
  "job_queue_oldest_due_seconds",
  "How long the oldest due job of each task has waited (0: none)",
  ["task"],
  {
    async collect() {
      this.reset();
      const now = Date.now();
      for (const { task, oldestDueAt } of await scrapedQueueSummary())
        this.set({ task }, oldestDueAt ? Math.max(0, (now - oldestDueAt.getTime()) / 1000) : 0);
    },
  },
);

metric(
  "gauge",
  "db_pool_connections",
  "PostgreSQL pool connections: total, idle, and queries waiting for one",
  ["state"],
  {
    collect() {
      const use = poolUse();
      if (!use) return;
      for (const [state, value] of Object.entries(use)) this.set({ state }, value);
    },
  },
);

/** The Prometheus text of every metric of this process. */
export const metricsText = () => registry.metrics();
export const metricsContentType = registry.contentType;

/** Whether an Authorization header is `Bearer <token>` (compared in constant time). */
export function bearerMatches(header: string | null | undefined, token: string) {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
