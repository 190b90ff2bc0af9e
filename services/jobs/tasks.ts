import "server-only";
import { queueDueReminders } from "@/db/queries/bookings";
import { requeueStrayEmails } from "@/db/queries/outbox";
import { applyRetention } from "@/db/queries/retention";
import type { JobPayloads, JobTask } from "@/db/queue";
import { retentionNoticeEmail } from "../account-emails";
import { bookingReminderEmails } from "../booking-emails";
import { deleteCv } from "../cv-storage";
import { type Attempt, deliverEmail } from "../mailer";
import { deliverWebhook } from "../webhooks";

/** What a task is told about the job it runs. */
export type JobContext = { attempt: Attempt };

/**
 * What each job does, the same on both engines. A task that throws has its job retried with
 * back-off (db/queue.ts); a task must be safe to run again after a crash mid-way.
 */
export const tasks: { [Task in JobTask]: (payload: JobPayloads[Task], context: JobContext) => Promise<string> } = {
  "deliver-email": async ({ id }, { attempt }) => `email ${id}: ${await deliverEmail(id, attempt)}`,
  "deliver-webhook": async ({ id }, { attempt }) => `webhook ${id}: ${await deliverWebhook(id, attempt)}`,
  // Each call at most once: the reminder's outbox key includes the call's start.
  "queue-reminders": async () => `${await queueDueReminders(bookingReminderEmails)} reminder(s) queued`,
  "apply-retention": async () => {
    const { counts, cvKeys } = await applyRetention(retentionNoticeEmail);
    // The accounts are already erased in the database; their files go now.
    for (const key of cvKeys) await deleteCv(key);
    return `retention: ${Object.entries(counts)
      .map(([step, count]) => `${step} ${count}`)
      .join(", ")}`;
  },
  "requeue-emails": async () => `${await requeueStrayEmails()} stray email(s) requeued`,
};

/** The tasks run on a schedule, by whichever worker's turn it is (never twice for the same time). */
export const schedule: { task: Exclude<JobTask, "deliver-email" | "deliver-webhook">; everyMinutes: number }[] = [
  { task: "queue-reminders", everyMinutes: 5 },
  { task: "requeue-emails", everyMinutes: 5 },
  { task: "apply-retention", everyMinutes: 60 },
];
