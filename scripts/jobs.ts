/**
 * Periodic jobs, safe to run from cron every few minutes and concurrently with the web server:
 * queue the 24-hour reminders (each call at most once), then deliver every due email.
 */
import { queueDueReminders } from "@/db/queries/bookings";
import { bookingReminderEmails } from "@/lib/booking-emails";
import { deliverDueEmails } from "@/lib/mailer";
import { db } from "@/db/index";

const reminders = queueDueReminders(bookingReminderEmails);
const delivery = await deliverDueEmails();
console.log(`jobs: ${reminders} reminder(s) queued; emails sent ${delivery.sent}, logged ${delivery.logged}, failed ${delivery.failed}`);
db.$client.close();
