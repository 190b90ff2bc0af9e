/**
 * `npm run bench:queue`: the job queue's figures (issue #29), on a throwaway PostgreSQL server
 * (scripts/with-postgres.ts, started here when TEST_POSTGRES_URL is not given) and a temporary
 * SQLite file, against a real SMTP server in this process that counts messages by Message-ID:
 *
 *  a. 10,000 emails queued at once (enqueueEmail, in one transaction), delivered by two
 *     `npm run worker` processes: throughput; then 10,000 more, one worker killed with SIGKILL
 *     halfway: none lost, none sent twice.
 *  b. One new email at a time in an idle system reaches the SMTP server in ≤ 2 s at p95: on
 *     PostgreSQL through the workers, on SQLite through the in-process runner of the process that
 *     queues it (as the web server does), in a process of its own.
 *
 * It prints each figure with its goal; it fails only when it cannot measure.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startSmtpSink } from "../../services/test-smtp-sink";
import { percentile } from "./load";
import { verdict } from "./results";
import { cleanup, installCleanupHandlers, log, makeTempDir, ROOT, spawnGroup, stopProcess } from "./server";

const EMAILS = 10_000;
const WORKERS = 2;
const LATENCY_SAMPLES = 50;
const GOAL_P95_MS = 2_000;
/** The email's Message-ID names its outbox row (services/mailer.ts): `<outbox-{id}-{created}@host>`. */
const outboxIdOf = (messageId: string) => Number(/^<outbox-(\d+)-/.exec(messageId)?.[1] ?? Number.NaN);

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;
type Latency = { samples: number; p50: number; p95: number; max: number };
type Run = {
  emails: number;
  queueMs: number;
  /** From the first message at the SMTP server to the last. */
  deliveryMs: number;
  /** From the workers' start (a process each, tsx included) to the last message. */
  wallMs: number;
  lost: number;
  duplicates: number;
  notSent: number;
  killed?: { afterMessages: number; inHand: number; lastOfThemMs: number };
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds(timeoutMs)} waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The app's modules, loaded once DATABASE_URL and SMTP_URL name this run's database and sink. */
async function app() {
  const { enqueueEmail } = await import("../../db/queries/outbox");
  const { transaction, closeDb } = await import("../../db/index");
  const { migrateDatabase } = await import("../../db/migrator");
  const { db } = await import("../../db/index");
  const { outbox } = await import("../../db/schema");
  const { inArray } = await import("drizzle-orm");
  const email = (to: string) => ({
    kind: "bench",
    to,
    subject: "Queue bench",
    message: { preview: "", paragraphs: ["Hello."] },
  });
  return {
    migrateDatabase,
    closeDb,
    /** `count` emails and their delivery jobs, in one transaction: queued at once. */
    async queue(prefix: string, count: number) {
      return transaction(async (tx) => {
        const ids: number[] = [];
        for (let index = 0; index < count; index++) {
          const row = await enqueueEmail(email(`${prefix}-${index}@example.com`), tx);
          if (row) ids.push(row.id);
        }
        return ids;
      });
    },
    queueOne: (to: string) => enqueueEmail(email(to)),
    async countNotSent(ids: number[]) {
      let notSent = 0;
      for (let start = 0; start < ids.length; start += 1000) {
        const rows = await db
          .select({ status: outbox.status })
          .from(outbox)
          .where(inArray(outbox.id, ids.slice(start, start + 1000)));
        notSent +=
          rows.filter((row) => row.status !== "sent").length + (Math.min(1000, ids.length - start) - rows.length);
      }
      return notSent;
    },
  };
}
type App = Awaited<ReturnType<typeof app>>;

/** Each email of `ids` at the sink: how many never arrived, how many arrived more than once. */
function tally(sink: Sink, ids: number[]) {
  const wanted = new Set(ids);
  const seen = new Map<number, number>();
  for (const message of sink.messages) {
    const id = outboxIdOf(message.messageId);
    if (wanted.has(id)) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return {
    distinct: seen.size,
    lost: ids.length - seen.size,
    duplicates: [...seen.values()].filter((count) => count > 1).length,
  };
}

function startWorkers(dir: string, databaseUrl: string, sink: Sink, run: string) {
  return Array.from({ length: WORKERS }, (_, index) =>
    spawnGroup("npm", ["run", "--silent", "worker"], {
      env: { DATABASE_URL: databaseUrl, SMTP_URL: sink.url, LOG_LEVEL: "info" },
      logFile: join(dir, `${run}-worker-${index + 1}.log`),
    }),
  );
}

/** One run of `EMAILS` emails through two workers; with `kill`, one worker gets SIGKILL once half are delivered. */
async function deliveryRun(
  queue: App,
  sink: Sink,
  { dir, databaseUrl, run, kill }: { dir: string; databaseUrl: string; run: string; kill: boolean },
) {
  log(`${run}: queueing ${EMAILS} emails at once`);
  const queueStarted = performance.now();
  const ids = await queue.queue(run, EMAILS);
  const queueMs = performance.now() - queueStarted;
  const firstMessage = sink.messages.length;
  const started = Date.now();
  const workers = startWorkers(dir, databaseUrl, sink, run);
  let killed: Run["killed"];
  if (kill) {
    await until(() => tally(sink, ids).distinct >= EMAILS / 2, 10 * 60_000, "half of the emails");
    const [victim] = workers;
    if (victim?.pid === undefined) throw new Error("no worker to kill");
    process.kill(-victim.pid, "SIGKILL");
    const at = Date.now();
    const afterMessages = tally(sink, ids).distinct;
    log(`${run}: SIGKILL to worker 1 (process group ${victim.pid}) after ${afterMessages} emails`);
    // Two seconds on, the jobs still locked since before the kill are the killed worker's (the other takes a job in milliseconds).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const inHand = await lockedBefore(databaseUrl, new Date(at));
    log(`${run}: ${inHand.length} job(s) left locked by the killed worker`);
    await until(() => tally(sink, ids).distinct === EMAILS, 10 * 60_000, "every email");
    const lastOfThem = Math.max(
      ...sink.messages.filter((message) => inHand.includes(outboxIdOf(message.messageId))).map((message) => message.at),
    );
    killed = { afterMessages, inHand: inHand.length, lastOfThemMs: inHand.length ? lastOfThem - at : 0 };
  } else await until(() => tally(sink, ids).distinct === EMAILS, 10 * 60_000, "every email");
  const arrived = sink.messages.slice(firstMessage).map((message) => message.at);
  const last = Math.max(...arrived);
  // A second more, for a late duplicate to arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const { lost, duplicates } = tally(sink, ids);
  const result: Run = {
    emails: EMAILS,
    queueMs,
    deliveryMs: last - Math.min(...arrived),
    wallMs: last - started,
    lost,
    duplicates,
    notSent: await queue.countNotSent(ids),
    killed,
  };
  return { result, workers };
}

/** The outbox ids of the delivery jobs locked since before `at` (PostgreSQL). */
async function lockedBefore(databaseUrl: string, at: Date) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      "SELECT (payload->>'id')::int AS id FROM graphile_worker._private_jobs WHERE locked_at < $1",
      [at.toISOString()],
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

/** One email at a time in an idle system: from before its transaction to its arrival at the SMTP server. */
async function latency(queue: App, sink: Sink, label: string): Promise<Latency> {
  log(`${label}: ${LATENCY_SAMPLES} emails, one at a time`);
  const times: number[] = [];
  for (let index = 0; index < LATENCY_SAMPLES; index++) {
    const to = `${label}-${index}@example.com`;
    const started = Date.now();
    await queue.queueOne(to);
    await until(() => sink.messages.some((message) => message.to.includes(to)), 30_000, `the email to ${to}`);
    const arrived = sink.messages.find((message) => message.to.includes(to))?.at ?? Number.NaN;
    times.push(arrived - started);
    // Idle again: the job is settled and the workers wait for the next.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { samples: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

/** `--sqlite-latency <file>`: the SQLite measurement, in a process of its own (one engine per process). */
async function sqliteLatency(resultFile: string) {
  const sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  const queue = await app();
  await queue.migrateDatabase();
  const { startJobRunner } = await import("../../services/jobs/runner");
  const runner = await startJobRunner();
  const result = await latency(queue, sink, "sqlite");
  await runner.stop();
  await queue.closeDb();
  await sink.close();
  const { writeFileSync } = await import("node:fs");
  writeFileSync(resultFile, JSON.stringify(result));
}

function runLines(label: string, run: Run) {
  const met = run.lost === 0 && run.duplicates === 0 && run.notSent === 0;
  const lines = [
    `${label}: ${run.emails} emails queued in one transaction in ${seconds(run.queueMs)}; ${WORKERS} × npm run worker delivered them at ${(run.emails / (run.deliveryMs / 1000)).toFixed(0)} emails/s (${seconds(run.deliveryMs)} from the first to the last at the SMTP server; ${seconds(run.wallMs)} from the workers' start)`,
    `  lost ${run.lost}, delivered twice ${run.duplicates} (by Message-ID), not marked sent ${run.notSent} (goal: 0 lost, 0 twice) ${verdict(met)}`,
  ];
  if (run.killed)
    lines.push(
      `  SIGKILL to one worker after ${run.killed.afterMessages} emails: ${run.killed.inHand} job(s) left locked in its hands, the last of them delivered ${seconds(run.killed.lastOfThemMs)} after the kill`,
    );
  return lines;
}

const latencyLine = (label: string, result: Latency) =>
  `${label}: ${result.samples} emails one at a time, queue to SMTP server p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, max ${result.max.toFixed(0)} ms (goal p95 ≤ ${GOAL_P95_MS} ms) ${verdict(result.p95 <= GOAL_P95_MS)}`;

async function main() {
  const { values } = parseArgs({ options: { "sqlite-latency": { type: "string" } } });
  if (values["sqlite-latency"]) return sqliteLatency(values["sqlite-latency"]);
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    // A throwaway PostgreSQL server for this run, removed at the end.
    const tsx = join(ROOT, "node_modules/.bin/tsx");
    const self = ["--tsconfig", "tsconfig.scripts.json", "scripts/bench/queue.ts"];
    const run = spawnSync(tsx, ["scripts/with-postgres.ts", "--", tsx, ...self], { cwd: ROOT, stdio: "inherit" });
    process.exitCode = run.status ?? 1;
    return;
  }
  installCleanupHandlers();
  const startedAt = new Date();
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const dir = makeTempDir("queue-bench");
  const url = new URL(server);
  url.pathname = "/bedrock_queue_bench";
  const databaseUrl = url.toString();
  const { recreateDatabase } = await import("../../db/pg/client");
  await recreateDatabase(databaseUrl);
  const sink = await startSmtpSink();
  Object.assign(process.env, { DATABASE_URL: databaseUrl, SMTP_URL: sink.url, LOG_LEVEL: "silent" });
  const queue = await app();
  await queue.migrateDatabase();

  const { version } = JSON.parse(readFileSync(join(ROOT, "node_modules/graphile-worker/package.json"), "utf8")) as {
    version: string;
  };
  // Each figure is printed as soon as it is measured: the whole run takes minutes.
  const print = (...lines: string[]) => console.log(lines.join("\n"));
  print(
    "",
    `Bedrock Talent queue bench — ${startedAt.toISOString().slice(0, 16)}Z, ${availableParallelism()} CPUs, Node ${process.version}, graphile-worker ${version}, workers at their default concurrency (4), load average ${loadAtStart.toFixed(2)} at start`,
    "",
  );
  const stopAll = (workers: ChildProcess[]) => Promise.all(workers.map((worker) => stopProcess(worker, 30_000)));
  const first = await deliveryRun(queue, sink, { dir, databaseUrl, run: "run-1", kill: false });
  print(...runLines("a. PostgreSQL, throughput", first.result));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  print(latencyLine("b. PostgreSQL (npm run worker, 2 idle)", await latency(queue, sink, "postgres")));
  await stopAll(first.workers);
  const second = await deliveryRun(queue, sink, { dir, databaseUrl, run: "run-2", kill: true });
  print(...runLines("a. PostgreSQL, one worker killed", second.result));
  await stopAll(second.workers);
  await queue.closeDb();
  await sink.close();

  log("SQLite: the in-process runner, in a process of its own");
  const resultFile = join(dir, "sqlite-latency.json");
  const sqlite = spawnSync(
    join(ROOT, "node_modules/.bin/tsx"),
    ["--tsconfig", "tsconfig.scripts.json", "scripts/bench/queue.ts", "--sqlite-latency", resultFile],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, DATABASE_URL: join(dir, "app.db"), LOG_LEVEL: "warn" } },
  );
  if (sqlite.status !== 0) throw new Error(`the SQLite measurement failed (exit ${sqlite.status})`);
  print(
    latencyLine("b. SQLite (in-process runner)", JSON.parse(readFileSync(resultFile, "utf8")) as Latency),
    `load average ${(loadavg()[0] ?? Number.NaN).toFixed(2)} at the end; total time ${seconds(Date.now() - startedAt.getTime())}`,
  );
}

main()
  .then(() => cleanup())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanup();
    // The database pool and the SMTP server of a run cut short would keep the process alive.
    process.exit(1);
  });
