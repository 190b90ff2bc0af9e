/**
 * The job queue: deferred work (delivering an email, the reminders, the retention schedule) as jobs
 * that survive a restart, retry with back-off and end failed after their last attempt. On PostgreSQL
 * it is graphile-worker's queue (db/pg/queue.ts), worked by `npm run worker` on any number of
 * instances; on SQLite a table of the same shape (db/sqlite/queue.ts), worked by the web server
 * itself. services/jobs runs them; this file only adds and reads them.
 */
import type { JobState, JobTask } from "@/domain/vocabulary";
import { requestContext } from "@/server/log.cjs";
import { engine } from "./engine";
import type { Db } from "./index";
import * as postgres from "./pg/queue";
import { assertRole, type SessionUser } from "./queries/users";
import * as sqlite from "./sqlite/queue";

/** Every task of the vocabulary has its payload here. */
type PayloadOfEvery<Payloads extends Record<JobTask, unknown>> = Payloads;

/** What each task is given to do. */
export type JobPayloads = PayloadOfEvery<{
  "deliver-email": { id: number };
  "deliver-webhook": { id: number };
  "queue-reminders": Record<string, never>;
  "apply-retention": Record<string, never>;
  "requeue-emails": Record<string, never>;
}>;
export type { JobTask };

export type JobOptions = {
  /** One waiting job per key: adding a job under a key that waits replaces it (a running one is left to finish). */
  key?: string;
  /** With a key: leave a waiting job as it is rather than replace it (a sweep that must not reset a retry). */
  keepExisting?: boolean;
  runAt?: Date;
  /** Attempts before the job ends failed; graphile-worker's default otherwise. */
  maxAttempts?: number;
};

/** A job as staff and metrics see it, the same on both engines. */
export type QueuedJob = {
  id: string;
  task: string;
  key: string | null;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  lockedAt: Date | null;
  createdAt: Date;
};

/** One task's jobs by state, and since when its oldest due job waits (null: none is due). */
export type QueueSummary = { task: string; counts: Record<JobState, number>; oldestDueAt: Date | null };

export const DEFAULT_MAX_ATTEMPTS = 25;

const chosen: {
  addJob(
    writer: Db,
    task: string,
    payload: unknown,
    options: JobOptions & { runAt: Date; maxAttempts: number },
  ): Promise<string>;
  listJobs(limit: number): Promise<QueuedJob[]>;
  retryFailedJob(id: string, now: Date): Promise<boolean>;
  queueSummary(now: Date): Promise<QueueSummary[]>;
} = engine === "postgres" ? postgres : sqlite;

/**
 * Adds a job inside `writer`'s transaction, and returns its id: it exists only if the change that causes
 * it commits, and a worker sees it only then (PostgreSQL tells the workers at commit; the SQLite runner
 * looks at once).
 */
export const addJob = <Task extends JobTask>(
  writer: Db,
  task: Task,
  payload: JobPayloads[Task],
  { runAt = new Date(), maxAttempts = DEFAULT_MAX_ATTEMPTS, ...options }: JobOptions = {},
) => {
  // The request that causes the job: its id goes with the job, so the job's log lines carry it too.
  const requestId = requestContext.getStore()?.requestId;
  return chosen.addJob(writer, task, requestId ? { ...payload, requestId } : payload, {
    ...options,
    runAt,
    maxAttempts,
  });
};

/** The queue's jobs, failed ones first, then by when they run: for admins (the dashboard's Jobs page). */
export function listQueuedJobs(actor: SessionUser, limit = 200) {
  assertRole(actor, "admin");
  return chosen.listJobs(limit);
}

/** Puts a failed job back for an immediate attempt with its attempts reset (admins); false when it is not a failed job. */
export function retryQueuedJob(actor: SessionUser, id: string, now = new Date()) {
  assertRole(actor, "admin");
  return chosen.retryFailedJob(id, now);
}

/** The queue by task and state, for the metrics (scraped by the operator's Prometheus, not shown to people). */
export const queueSummary = (now = new Date()) => chosen.queueSummary(now);

/** graphile-worker's workers' heartbeats, PostgreSQL only (services/jobs/runner.ts). */
export { forgetWorker, recordWorkerAlive, releaseDeadWorkers } from "./pg/queue";
/** The in-process runner's verbs, SQLite only (on PostgreSQL graphile-worker takes and settles its jobs). */
export { completeJob, failJob, takeDueJobs } from "./sqlite/queue";
