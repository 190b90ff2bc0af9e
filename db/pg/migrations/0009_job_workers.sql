-- Custom migration (drizzle-kit generate --custom): the job workers' heartbeats, PostgreSQL only.
--
-- graphile-worker 0.17 takes a locked job back only after four hours. Each `npm run worker` records
-- its pool's id here and renews `seen_at` every 15 s; a live worker gives the jobs of a pool not
-- seen for a minute back to the queue (graphile_worker.force_unlock_workers). The SQLite runner has
-- no such table (its lock times out after ten minutes, and its only worker is the web server), so,
-- like graphile_worker's own tables, it is not in db/pg/schema.ts.
CREATE TABLE "job_workers" (
  "worker_id" text PRIMARY KEY,
  "seen_at" timestamp with time zone NOT NULL DEFAULT now()
);
