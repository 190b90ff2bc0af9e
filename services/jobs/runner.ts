import "server-only";
import { AsyncResource } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import {
  type CronItem,
  type LogFunctionFactory,
  Logger,
  parseCronItems,
  run,
  runOnce,
  type TaskList,
  type WorkerEvents,
} from "graphile-worker";
import { env } from "@/config/env";
import { engine } from "@/db/engine";
import { transaction } from "@/db/index";
import type { JobTask } from "@/db/queue";
import {
  addJob,
  completeJob,
  failJob,
  forgetWorker,
  recordWorkerAlive,
  releaseDeadWorkers,
  takeDueJobs,
} from "@/db/queue";
import { requestContext } from "@/server/log.cjs";
import { inSpan, untraced } from "@/server/spans.cjs";
import { logError, logger } from "../log";
import { jobRunsCounter } from "../metrics";
import { type JobContext, schedule, tasks } from "./tasks";

/** A running worker: stop() lets the jobs in hand finish and takes no more. */
export type JobRunner = { stop(): Promise<void> };

type Options = {
  concurrency?: number;
  /** PostgreSQL: how often a worker says it is alive, and after how long without a word it is dead. */
  liveness?: Liveness;
};
type Liveness = { heartbeatMs: number; deadAfterMs: number };

/**
 * A minute without a heartbeat is four missed beats: a worker that is only slow (a long garbage
 * collection, a busy database) is not taken for dead, and a dead one's jobs wait at most 75 s.
 */
const LIVENESS: Liveness = { heartbeatMs: 15_000, deadAfterMs: 60_000 };

const taskNames = Object.keys(tasks) as JobTask[];

/**
 * Runs one job's task: inside the id of the request that queued it (so its log lines carry it), with
 * one log line, one count of its result and, with tracing on, one span around its statements. A failure
 * is logged and thrown, for the queue to retry.
 */
async function runJob(job: { id: string; task: string; payload: unknown; attempt: JobContext["attempt"] }) {
  const body = tasks[job.task as JobTask] as (payload: unknown, context: JobContext) => Promise<string>;
  const { requestId } = (job.payload ?? {}) as { requestId?: string };
  const started = performance.now();
  const fields = { job: job.id, task: job.task, attempt: job.attempt.number };
  const attributes = {
    "job.task": job.task,
    "job.id": job.id,
    "job.attempt": job.attempt.number,
    ...(requestId ? { "request.id": requestId } : {}),
  };
  return requestContext.run({ requestId: requestId ?? `job-${job.id}` }, () =>
    inSpan(`job ${job.task}`, { attributes }, async () => {
      try {
        const result = await body(job.payload, { attempt: job.attempt });
        jobRunsCounter.inc({ task: job.task, result: "done" });
        logger.info({ ...fields, durationMs: Math.round(performance.now() - started), result }, "job done");
        return result;
      } catch (error) {
        jobRunsCounter.inc({ task: job.task, result: "failed" });
        logError(job.attempt.last ? "job failed, no attempts left" : "job failed, to be retried", error, fields);
        throw error;
      }
    }),
  );
}

/** Whether this web server works the queue itself (see JOBS_IN_PROCESS in config/env.ts). */
export const jobsInProcess = () =>
  env.JOBS_IN_PROCESS ? env.JOBS_IN_PROCESS === "true" : engine === "sqlite" || process.env.NODE_ENV === "development";

/**
 * Works the queue until stopped: on PostgreSQL graphile-worker's runner (`npm run worker`, any number
 * of them), on SQLite the in-process runner below (started by the web server, instrumentation.ts).
 */
export const startJobRunner = (options: Options = {}): Promise<JobRunner> =>
  engine === "postgres" ? startGraphileWorker(options) : Promise.resolve(startSqliteRunner(options));

/**
 * Runs every scheduled task once, then every job due now, and returns (`npm run jobs`, for a host
 * that prefers cron to a worker process; a worker's schedule makes it unnecessary).
 */
export async function runJobsOnce() {
  const lines: string[] = [];
  for (const { task } of schedule)
    lines.push(await runJob({ id: `once-${task}`, task, payload: {}, attempt: { number: 1, last: true } }));
  if (engine === "postgres") {
    const events = new EventEmitter() as WorkerEvents;
    const alive = keepAlive(events, LIVENESS);
    await runOnce({ connectionString: env.DATABASE_URL, taskList: graphileTasks(), logger: workerLogger, events });
    await alive.stop();
  } else await drainSqlite(`once-${process.pid}`);
  return lines;
}

// --- PostgreSQL: graphile-worker ----------------------------------------------------------------

/** graphile-worker's own lines (connections, its own errors) at their level; what a job did is runJob's line. */
const logFactory: LogFunctionFactory = (scope) => (level, message) => {
  const fields = { component: "graphile-worker", ...(scope.jobId ? { job: scope.jobId } : {}) };
  if (level === "error") logger.error(fields, message);
  else if (level === "warning") logger.warn(fields, message);
  else logger.debug(fields, message);
};
const workerLogger = new Logger(logFactory);

function graphileTasks(): TaskList {
  return Object.fromEntries(
    taskNames.map((name) => [
      name,
      async (payload, helpers) => {
        const { id, attempts, max_attempts: maxAttempts } = helpers.job;
        await runJob({ id, task: name, payload, attempt: { number: attempts, last: attempts >= maxAttempts } });
      },
    ]),
  );
}

/** A schedule entry as a cron line's match: every n minutes, or at minute 0 of every hour. */
const cronMatch = (everyMinutes: number) =>
  everyMinutes >= 60 ? `0 */${everyMinutes / 60} * * *` : `*/${everyMinutes} * * * *`;

/**
 * graphile-worker 0.17 locks a job with its pool's id and takes it back only after four hours, so a
 * worker killed mid-job would hold its jobs that long. Each pool of this process records a heartbeat
 * (its id in `job_workers`) every `heartbeatMs`, and each beat also gives back the jobs of any worker
 * silent for `deadAfterMs` (db/pg/queue.ts releaseDeadWorkers): any live worker does it, so it is
 * done while one is running. A pool that stops cleanly removes its heartbeat.
 */
function keepAlive(events: WorkerEvents, { heartbeatMs, deadAfterMs }: Liveness) {
  const pools = new Set<string>();
  events.on("pool:create", ({ workerPool }) => {
    pools.add(workerPool.id);
    void beat();
  });
  events.on("pool:release", ({ workerPool }) => {
    pools.delete(workerPool.id);
    forgetWorker(workerPool.id).catch((error) => logError("a worker's heartbeat could not be removed", error));
  });
  async function beat() {
    try {
      for (const id of pools) await recordWorkerAlive(id);
      const dead = await releaseDeadWorkers(deadAfterMs);
      if (dead.length > 0)
        logger.warn({ workers: dead }, "the jobs of workers that stopped answering are back in the queue");
    } catch (error) {
      logError("the workers' heartbeats could not be written", error);
    }
  }
  const timer = setInterval(() => void beat(), heartbeatMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await Promise.allSettled([...pools].map(forgetWorker));
    },
  };
}

async function startGraphileWorker({ concurrency = 4, liveness = LIVENESS }: Options): Promise<JobRunner> {
  const crontab: CronItem[] = schedule.map(({ task, everyMinutes }) => ({
    task,
    match: cronMatch(everyMinutes),
    identifier: task,
    options: { maxAttempts: 3, jobKey: `schedule:${task}`, jobKeyMode: "preserve_run_at" },
  }));
  const events = new EventEmitter() as WorkerEvents;
  const alive = keepAlive(events, liveness);
  const runner = await run({
    connectionString: env.DATABASE_URL,
    concurrency,
    maxPoolSize: concurrency + 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    taskList: graphileTasks(),
    parsedCronItems: parseCronItems(crontab),
    logger: workerLogger,
    events,
  });
  let stopping: Promise<void> | undefined;
  return { stop: () => (stopping ??= runner.stop().then(alive.stop)) };
}

// --- SQLite: in-process -------------------------------------------------------------------------

const NUDGE = Symbol.for("bedrock.jobs.nudge");
type Nudgeable = { [NUDGE]?: () => void };

/** Runs one taken job to its end: done, or failed and left for its next attempt. */
async function runSqliteJob(job: Awaited<ReturnType<typeof takeDueJobs>>[number]) {
  const attempt = { number: job.attempts, last: job.attempts >= job.maxAttempts };
  try {
    await runJob({ id: String(job.id), task: job.task, payload: job.payload, attempt });
    await completeJob(job.id);
  } catch (error) {
    await failJob(job.id, job.attempts, error instanceof Error ? error.message : String(error));
  }
}

/** Every job due now, one batch after another, until none is left (`npm run jobs` on SQLite). */
async function drainSqlite(worker: string) {
  for (;;) {
    const taken = await takeDueJobs(worker, taskNames, 10);
    if (taken.length === 0) return;
    await Promise.all(taken.map(runSqliteJob));
  }
}

/**
 * The SQLite runner: looks for due jobs every `pollMs` and at once when this process adds one (a
 * job added by another process, a script, waits for the next look), runs up to `concurrency` at a
 * time, and adds the scheduled tasks' jobs when their time comes.
 */
function startSqliteRunner({ concurrency = 4, pollMs = 500 }: Options & { pollMs?: number }): JobRunner {
  const worker = `web-${process.pid}-${randomBytes(4).toString("hex")}`;
  const running = new Set<Promise<void>>();
  const scheduled = new Map<string, number>();
  let stopped = false;
  let looking: Promise<void> | null = null;
  let lookAgain = false;
  let timer: NodeJS.Timeout | undefined;

  async function addScheduledJobs(now: number) {
    const due = schedule.filter(({ task, everyMinutes }) => {
      const period = Math.floor(now / (everyMinutes * 60_000));
      // The first look only notes the period: like a cron line, a task runs when its next time comes.
      const first = !scheduled.has(task);
      const changed = scheduled.get(task) !== period;
      scheduled.set(task, period);
      return changed && !first;
    });
    if (due.length === 0) return;
    await transaction(async (tx) => {
      for (const { task, everyMinutes } of due) {
        const period = Math.floor(now / (everyMinutes * 60_000));
        await addJob(tx, task, {}, { key: `schedule:${task}:${period}`, keepExisting: true, maxAttempts: 3 });
      }
    });
  }

  async function look() {
    do {
      lookAgain = false;
      // The look itself makes no span, or an idle server would export a few every second; a job it takes does.
      await untraced(() => addScheduledJobs(Date.now()));
      const free = concurrency - running.size;
      if (free <= 0) return;
      for (const job of await untraced(() => takeDueJobs(worker, taskNames, free))) {
        const done = runSqliteJob(job).finally(() => {
          running.delete(done);
          nudge();
        });
        running.add(done);
      }
    } while (lookAgain && !stopped);
  }

  function nudge() {
    if (stopped) return;
    if (looking) {
      lookAgain = true;
      return;
    }
    looking = look()
      .catch((error) => logError("the job queue could not be read", error))
      .finally(() => {
        looking = null;
      });
  }

  function poll() {
    nudge();
    timer = setTimeout(poll, pollMs);
    timer.unref();
  }

  // A job is added inside a transaction, which nudges from there: the look must not run inside it. Bound
  // to this (transaction-free) context, an empty transaction of its own waits in the process's queue of
  // transactions until that one has committed; then the look finds the job.
  (globalThis as Nudgeable)[NUDGE] = AsyncResource.bind(() => {
    void transaction(async () => undefined).then(nudge, nudge);
  });
  poll();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      delete (globalThis as Nudgeable)[NUDGE];
      await looking;
      await Promise.allSettled([...running]);
    },
  };
}
