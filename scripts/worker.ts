/**
 * `npm run worker`: works the job queue until stopped (SIGTERM or SIGINT let the jobs in hand
 * finish). On PostgreSQL run one or more beside the web servers, on any instance; on SQLite the web
 * server already works the queue itself, and a worker beside it is safe but not needed.
 */

import { engine } from "@/db/engine";
import { closeDb } from "@/db/index";
import { redactLoggedQueryErrors } from "@/db/log-redaction";
import { startJobRunner } from "@/services/jobs/runner";

redactLoggedQueryErrors();
const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 4);
const runner = await startJobRunner({ concurrency });
console.log(
  `worker: working the ${engine === "postgres" ? "PostgreSQL" : "SQLite"} job queue, ${concurrency} job(s) at a time`,
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`worker: ${signal}, finishing the jobs in hand`);
    void runner
      .stop()
      .then(() => closeDb())
      .then(() => process.exit(0));
  });
