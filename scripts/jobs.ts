/**
 * `npm run jobs`: for a host that prefers cron to a worker process. Runs every scheduled task once
 * (the 24-hour reminders, each call at most once; the retention schedule, the privacy page's promises;
 * stray emails requeued), then every job due now, and exits. A worker (`npm run worker`, or the web
 * server on SQLite) does all of this by itself on its schedule; running both is safe.
 */

import { closeDb } from "@/db/index";
import { redactLoggedQueryErrors } from "@/db/log-redaction";
import { runJobsOnce } from "@/services/jobs/runner";

// A failure is printed like the server prints one: without a failed query's parameters.
redactLoggedQueryErrors();
try {
  for (const line of await runJobsOnce()) console.log(`jobs: ${line}`);
} catch (error) {
  console.error("jobs: failed", error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
