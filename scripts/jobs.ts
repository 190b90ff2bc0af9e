/**
 * Periodic jobs, safe to run from cron every few minutes and concurrently with the web server:
 * queue the 24-hour reminders (each call at most once), apply the retention schedule (the privacy
 * page's promises, see domain/retention-policy.ts), then deliver every due email.
 */

import { closeDb } from "@/db/index";
import { redactLoggedQueryErrors } from "@/db/log-redaction";
import { queueDueReminders } from "@/db/queries/bookings";
import { applyRetention } from "@/db/queries/retention";
import { retentionNoticeEmail } from "@/services/account-emails";
import { bookingReminderEmails } from "@/services/booking-emails";
import { deleteCv } from "@/services/cv-storage";
import { deliverDueEmails } from "@/services/mailer";

// A failure is printed like the server prints one: without a failed query's parameters.
redactLoggedQueryErrors();
try {
  const reminders = await queueDueReminders(bookingReminderEmails);
  const { counts, cvKeys } = await applyRetention(retentionNoticeEmail);
  // The accounts are already erased in the database; their files go now.
  for (const key of cvKeys) await deleteCv(key);
  const delivery = await deliverDueEmails();
  console.log(
    `jobs: ${reminders} reminder(s) queued; emails sent ${delivery.sent}, logged ${delivery.logged}, failed ${delivery.failed}`,
  );
  console.log(
    `retention: ${Object.entries(counts)
      .map(([step, count]) => `${step} ${count}`)
      .join(", ")}`,
  );
} catch (error) {
  console.error("jobs: failed", error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
