/**
 * The job queue's table on SQLite, the embedded default, where the web server runs the jobs itself
 * (services/jobs/runner.ts). On PostgreSQL the queue is graphile-worker's, in its own schema
 * (graphile_worker), created by its own migrations: this table has no PostgreSQL twin, so it stays out
 * of the one schema (db/tables) and its parity test. Its columns follow graphile-worker's jobs, so a
 * job means the same on both engines: a task and its JSON payload, an optional key (one job per key),
 * when it may run, how many attempts it has had and may have, the last error, and who holds it.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const jobs = sqliteTable(
  "jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    task: text("task").notNull(),
    payload: text("payload", { mode: "json" }).$type<unknown>().notNull(),
    /** At most one waiting job per key: adding a job with a key already waiting replaces that job. */
    key: text("key").unique(),
    runAt: integer("run_at", { mode: "timestamp_ms" }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    lastError: text("last_error"),
    lockedAt: integer("locked_at", { mode: "timestamp_ms" }),
    lockedBy: text("locked_by"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("jobs_run_at_idx").on(t.runAt)],
);
