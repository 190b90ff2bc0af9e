/**
 * The job queue on SQLite (see db/queue.ts): the `jobs` table, taken by the in-process runner
 * (services/jobs/runner.ts) with the same rules as graphile-worker's on PostgreSQL — a job is taken
 * by one runner, retried after exp(attempts) seconds (at most e¹⁰ s, about six hours) and ends
 * failed, kept for staff to see and retry, once its attempts reach its maximum.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { type Db, db, transaction } from "../index";
import type { JobOptions, QueuedJob, QueueSummary } from "../queue";
import { changedRows } from "../rows";
import { jobs } from "./queue-table";

/** A job held longer than this was held by a process that stopped: it may be taken again. */
export const LOCK_TIMEOUT_MS = 10 * 60_000;

/** The in-process runner's "look now" (services/jobs/runner.ts), when this process runs one. */
const nudgeRunner = () =>
  (globalThis as { [key: symbol]: (() => void) | undefined })[Symbol.for("bedrock.jobs.nudge")]?.();

export async function addJob(
  writer: Db,
  task: string,
  payload: unknown,
  options: Required<Pick<JobOptions, "runAt" | "maxAttempts">> & JobOptions,
) {
  const { key, keepExisting = false, runAt, maxAttempts } = options;
  const values = { task, payload, key: key ?? null, runAt, maxAttempts };
  // The runner's look is a transaction of its own: it runs once the caller's has committed.
  nudgeRunner();
  const added = (rows: { id: number }[]) => String(rows[0]?.id ?? "");
  if (!key) return added(await writer.insert(jobs).values(values).returning({ id: jobs.id }));
  if (keepExisting) {
    const [inserted] = await writer.insert(jobs).values(values).onConflictDoNothing().returning({ id: jobs.id });
    if (inserted) return String(inserted.id);
    return added(await writer.select({ id: jobs.id }).from(jobs).where(eq(jobs.key, key)));
  }
  // As graphile-worker does: a running job under the key keeps running without it; a waiting one is replaced.
  await writer
    .update(jobs)
    .set({ key: null })
    .where(and(eq(jobs.key, key), isNotNull(jobs.lockedAt)));
  return added(
    await writer
      .insert(jobs)
      .values(values)
      .onConflictDoUpdate({
        target: jobs.key,
        set: { task, payload, runAt, maxAttempts, attempts: 0, lastError: null },
      })
      .returning({ id: jobs.id }),
  );
}

/** Jobs of these tasks a runner may take now: due, with attempts left, and not held (or held by a process that stopped). */
const takeable = (tasks: string[], now: Date) =>
  and(
    inArray(jobs.task, tasks),
    lte(jobs.runAt, now),
    lt(jobs.attempts, jobs.maxAttempts),
    or(isNull(jobs.lockedAt), lt(jobs.lockedAt, new Date(now.getTime() - LOCK_TIMEOUT_MS))),
  );

/**
 * Takes up to `limit` due jobs of these tasks for `worker`, each counted as an attempt. An idle queue
 * costs one indexed read: the write transaction (which has the database to itself) opens only when
 * there is something to take.
 */
export async function takeDueJobs(worker: string, tasks: string[], limit: number, now = new Date()) {
  const [any] = await db.select({ id: jobs.id }).from(jobs).where(takeable(tasks, now)).limit(1);
  if (!any) return [];
  return transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(takeable(tasks, now))
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(limit);
    if (due.length === 0) return [];
    return tx
      .update(jobs)
      .set({ lockedAt: now, lockedBy: worker, attempts: sql`${jobs.attempts} + 1` })
      .where(
        inArray(
          jobs.id,
          due.map((job) => job.id),
        ),
      )
      .returning();
  });
}

/** A job done: it leaves the queue (as graphile-worker deletes completed jobs). */
export const completeJob = (id: number) => transaction((tx) => tx.delete(jobs).where(eq(jobs.id, id)));

/** A failed attempt: the job waits exp(attempts) seconds (at most e¹⁰) before the next one, or stays failed after its last. */
export const failJob = (id: number, attempts: number, error: string, now = new Date()) =>
  transaction((tx) =>
    tx
      .update(jobs)
      .set({
        lockedAt: null,
        lockedBy: null,
        lastError: error.slice(0, 2000),
        runAt: new Date(now.getTime() + Math.exp(Math.min(attempts, 10)) * 1000),
      })
      .where(eq(jobs.id, id)),
  );

export async function listJobs(limit: number): Promise<QueuedJob[]> {
  const rows = await db
    .select()
    .from(jobs)
    .orderBy(desc(sql`${jobs.attempts} >= ${jobs.maxAttempts}`), asc(jobs.runAt), asc(jobs.id))
    .limit(limit);
  return rows.map(({ id, payload: _payload, lockedBy: _lockedBy, ...job }) => ({ ...job, id: String(id) }));
}

export async function retryFailedJob(id: string, now: Date) {
  if (!/^\d{1,15}$/.test(id)) return false;
  const result = await transaction((tx) =>
    tx
      .update(jobs)
      .set({ attempts: 0, runAt: now, lockedAt: null, lockedBy: null })
      .where(and(eq(jobs.id, Number(id)), sql`${jobs.attempts} >= ${jobs.maxAttempts}`)),
  );
  return changedRows(result) === 1;
}

/** Per task: how many jobs wait, run, retry after an error and have failed, and since when the oldest due one waits. */
export async function queueSummary(now: Date): Promise<QueueSummary[]> {
  const free = and(isNull(jobs.lockedAt), lt(jobs.attempts, jobs.maxAttempts));
  const rows = await db
    .select({
      task: jobs.task,
      waiting: sql<number>`sum(${free} AND ${jobs.lastError} IS NULL)`,
      retrying: sql<number>`sum(${free} AND ${jobs.lastError} IS NOT NULL)`,
      running: sql<number>`sum(${jobs.lockedAt} IS NOT NULL)`,
      failed: sql<number>`sum(${jobs.lockedAt} IS NULL AND ${jobs.attempts} >= ${jobs.maxAttempts})`,
      oldestDue: sql<
        number | null
      >`min(CASE WHEN ${free} AND ${jobs.runAt} <= ${now.getTime()} THEN ${jobs.runAt} END)`,
    })
    .from(jobs)
    .groupBy(jobs.task);
  return rows.map((row) => ({
    task: row.task,
    counts: {
      waiting: Number(row.waiting),
      retrying: Number(row.retrying),
      running: Number(row.running),
      failed: Number(row.failed),
    },
    oldestDueAt: row.oldestDue === null ? null : new Date(Number(row.oldestDue)),
  }));
}
