/**
 * The job queue on PostgreSQL (see db/queue.ts): graphile-worker's, in its own schema
 * (graphile_worker, made by its migrations: db/pg/migrator.ts). A job is added with its SQL function
 * `add_job` inside the caller's transaction, so it commits or rolls back with the change that caused
 * it, and the workers hear of it at commit (LISTEN/NOTIFY). Staff read and retry jobs through its
 * `jobs` view and its `_private_jobs` table, as its own WorkerUtils do. Each worker's heartbeat is a
 * row of `job_workers` (migration 0009), so the jobs of a worker that died go back to the queue.
 */
import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { type Db, db, transaction } from "../index";
import type { JobOptions, QueuedJob, QueueSummary } from "../queue";
import { changedRows } from "../rows";

const execute = (writer: Db, query: ReturnType<typeof sql>) => (writer as unknown as NodePgDatabase).execute(query);

export async function addJob(
  writer: Db,
  task: string,
  payload: unknown,
  { key, keepExisting = false, runAt, maxAttempts }: JobOptions & { runAt: Date; maxAttempts: number },
) {
  const result = await execute(
    writer,
    sql`SELECT (graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json,
      run_at => ${runAt.toISOString()}::timestamptz, max_attempts => ${maxAttempts}::int,
      job_key => ${key ?? null}::text, job_key_mode => ${keepExisting ? "unsafe_dedupe" : "replace"})).id::text AS id`,
  );
  return String((result.rows[0] as { id: string }).id);
}

type JobRow = {
  id: string;
  task_identifier: string;
  key: string | null;
  run_at: Date;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  locked_at: Date | null;
  created_at: Date;
};

export async function listJobs(limit: number): Promise<QueuedJob[]> {
  const result = await execute(
    db,
    sql`SELECT id::text, task_identifier, key, run_at, attempts, max_attempts, last_error, locked_at, created_at
      FROM graphile_worker.jobs ORDER BY attempts >= max_attempts DESC, run_at, id LIMIT ${limit}`,
  );
  return (result.rows as JobRow[]).map((row) => ({
    id: row.id,
    task: row.task_identifier,
    key: row.key,
    runAt: new Date(row.run_at),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    lockedAt: row.locked_at && new Date(row.locked_at),
    createdAt: new Date(row.created_at),
  }));
}

export async function retryFailedJob(id: string, now: Date) {
  if (!/^\d{1,15}$/.test(id)) return false;
  const result = await transaction((tx) =>
    execute(
      tx,
      sql`UPDATE graphile_worker._private_jobs SET attempts = 0, run_at = ${now.toISOString()}::timestamptz,
        locked_at = NULL, locked_by = NULL WHERE id = ${id}::bigint AND attempts >= max_attempts`,
    ),
  );
  return changedRows(result) === 1;
}

export async function queueSummary(now: Date): Promise<QueueSummary[]> {
  const result = await execute(
    db,
    sql`SELECT task_identifier AS task,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND last_error IS NULL)::int AS waiting,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND last_error IS NOT NULL)::int AS retrying,
        count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed,
        min(run_at) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts AND run_at <= ${now.toISOString()}::timestamptz) AS oldest_due
      FROM graphile_worker.jobs GROUP BY task_identifier`,
  );
  type Row = {
    task: string;
    waiting: number;
    retrying: number;
    running: number;
    failed: number;
    oldest_due: Date | null;
  };
  return (result.rows as Row[]).map((row) => ({
    task: row.task,
    counts: { waiting: row.waiting, retrying: row.retrying, running: row.running, failed: row.failed },
    oldestDueAt: row.oldest_due && new Date(row.oldest_due),
  }));
}

/** The worker (a graphile-worker pool) `workerId` is alive: its heartbeat, by the database's clock. */
export async function recordWorkerAlive(workerId: string) {
  await execute(
    db,
    sql`INSERT INTO job_workers (worker_id) VALUES (${workerId})
      ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
  );
}

/** The worker `workerId` stopped cleanly, its jobs finished: its heartbeat goes. */
export async function forgetWorker(workerId: string) {
  await execute(db, sql`DELETE FROM job_workers WHERE worker_id = ${workerId}`);
}

/**
 * Gives back to the queue the jobs of workers that died (killed, their machine lost), which
 * graphile-worker itself would leave locked for four hours: a job locked for more than `deadAfterMs`
 * by a worker with no heartbeat as recent, which covers a worker that died before its first one.
 * The emails those jobs were delivering are leased to them (claimEmail): the leases go too, so the
 * next worker delivers now rather than when the lease runs out (emails' and webhooks' alike). Returns the dead workers' ids.
 */
export async function releaseDeadWorkers(deadAfterMs: number) {
  return transaction(async (tx) => {
    const cutoff = sql`now() - ${deadAfterMs}::int * interval '1 millisecond'`;
    await execute(tx, sql`DELETE FROM job_workers WHERE seen_at < ${cutoff}`);
    const found = await execute(
      tx,
      sql`SELECT locked_by, count(*)::int AS jobs FROM graphile_worker._private_jobs
        WHERE locked_by IS NOT NULL AND locked_at < ${cutoff}
          AND locked_by NOT IN (SELECT worker_id FROM job_workers)
        GROUP BY locked_by`,
    );
    const rows = found.rows as { locked_by: string; jobs: number }[];
    const dead = rows.map((row) => row.locked_by);
    if (dead.length === 0) return dead;
    const ids = sql`ARRAY[${sql.join(
      dead.map((id) => sql`${id}`),
      sql`, `,
    )}]::text[]`;
    await execute(
      tx,
      sql`UPDATE outbox SET next_attempt_at = now()
        WHERE status = 'pending' AND next_attempt_at > now() AND id IN (
          SELECT (jobs.payload->>'id')::int FROM graphile_worker._private_jobs AS jobs
            JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
          WHERE tasks.identifier = 'deliver-email' AND jobs.locked_by = ANY(${ids}))`,
    );
    await execute(
      tx,
      sql`UPDATE webhook_deliveries SET next_attempt_at = now()
        WHERE status = 'pending' AND next_attempt_at > now() AND id IN (
          SELECT (jobs.payload->>'id')::int FROM graphile_worker._private_jobs AS jobs
            JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
          WHERE tasks.identifier = 'deliver-webhook' AND jobs.locked_by = ANY(${ids}))`,
    );
    // graphile-worker's own unlock (WorkerUtils.forceUnlockWorkers calls the same function).
    await execute(tx, sql`SELECT graphile_worker.force_unlock_workers(${ids})`);
    // The workers hear of them at commit, as of a new job, rather than at their next poll.
    const count = rows.reduce((sum, row) => sum + row.jobs, 0);
    await execute(tx, sql`SELECT pg_notify('jobs:insert', json_build_object('count', ${count}::int)::text)`);
    return dead;
  });
}
