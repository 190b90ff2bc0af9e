/**
 * How long personal data is kept: one place for `npm run jobs`, the privacy page and the README.
 * Months are counted as 30-day blocks (24 months = 720 days): a day either way does not matter here.
 */
const DAY = 24 * 60 * 60 * 1000;

export const retention = {
  /** Contact requests and call records, after the last contact from that address. */
  leadsMonths: 24,
  /** Candidate accounts without a sign-in: warned first, anonymised `noticeDays` later. */
  inactiveAccountMonths: 24,
  noticeDays: 30,
  /** Contact requests held as suspected spam, whether or not staff restored them into the inbox. */
  quarantineDays: 30,
  /** Bodies (text, calendar file) of emails, after they were sent. */
  emailBodyDays: 30,
  /** What is left of an email (address, subject, status), and the audit log. */
  emailRecordMonths: 12,
  auditMonths: 12,
  /** A webhook endpoint's delivery log (no personal data in it: domain/webhooks.ts), once delivered or failed. */
  webhookLogDays: 30,
  /** Revoked calendar feeds (a hash and dates), kept a while to say when a link stopped. */
  revokedFeedDays: 30,
  /** The longest rate-limit window in use; an older window counts nothing. */
  rateLimitWindowDays: 1,
} as const;

export const monthsAgo = (months: number, now: number) => now - months * 30 * DAY;
export const daysAgo = (days: number, now: number) => now - days * DAY;
