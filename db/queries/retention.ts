import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { scrubText } from "@/domain/redact";
import { daysAgo, monthsAgo, retention } from "@/domain/retention-policy";
import { db, transaction } from "../index";
import { changedRows } from "../rows";
import {
  activities,
  auditEvents,
  bookings,
  calendarFeeds,
  contactQuarantine,
  contactRequests,
  emailVerificationTokens,
  outbox,
  passwordResetTokens,
  rateLimits,
  sessions,
  usedFormTokens,
  users,
  webhookDeliveries,
} from "../schema";
import { compactSearchIndexes } from "../search";
import { enqueueEmail, type NewEmail } from "./outbox";
import { anonymiseLeads, eraseAccount, mentions } from "./privacy";

/**
 * The privacy page's promises, applied by `npm run jobs`. Every step is idempotent (a second run
 * finds nothing left to do) and returns how many rows it changed; big backlogs go in batches, so
 * no transaction holds the database for long.
 */
const BATCH = 500;

const erased = sql`'%@erased.invalid'`;

/** An instant as a query parameter, stored as the engine stores timestamps (SQLite: milliseconds; PostgreSQL: timestamptz). */
const instant = (ms: number) => sql.param(new Date(ms), users.createdAt);

/** Anyone who wrote or booked after the cutoff keeps all their records: the 24 months run from the last contact. */
const contactedSince = (
  emailColumn: typeof contactRequests.emailNormalized | typeof bookings.emailNormalized,
  cutoff: number,
) => sql`(
  EXISTS (SELECT 1 FROM contact_requests r2 WHERE r2.email_normalized = ${emailColumn} AND (r2.created_at >= ${instant(cutoff)} OR r2.updated_at >= ${instant(cutoff)}))
  OR EXISTS (SELECT 1 FROM bookings b2 WHERE b2.email_normalized = ${emailColumn} AND (b2.starts_at >= ${instant(cutoff)} OR b2.created_at >= ${instant(cutoff)})))`;

/** Contact requests and call records whose address has not been in touch for 24 months: name, address and message go. */
export async function anonymiseStaleLeads(now = Date.now()) {
  const cutoff = monthsAgo(retention.leadsMonths, now);
  let requests = 0;
  let calls = 0;
  for (;;) {
    const done = await transaction(async (tx) => {
      const rows = await tx
        .select({ id: contactRequests.id, name: contactRequests.name, email: contactRequests.emailNormalized })
        .from(contactRequests)
        .where(
          and(
            sql`${contactRequests.emailNormalized} NOT LIKE ${erased}`,
            lt(contactRequests.createdAt, new Date(cutoff)),
            lt(contactRequests.updatedAt, new Date(cutoff)),
            sql`NOT ${contactedSince(contactRequests.emailNormalized, cutoff)}`,
          ),
        )
        .limit(BATCH);
      if (rows.length === 0) return true;
      for (const row of rows) {
        // Staff notes on the request name the person too.
        const needles = [row.email, row.name.trim()].filter((needle) => needle.length >= 2);
        const notes = await tx
          .select({ id: activities.id, body: activities.body })
          .from(activities)
          .where(
            and(
              eq(activities.subjectType, "request"),
              eq(activities.subjectId, row.id),
              mentions([sql`${activities.body}`], needles),
            ),
          );
        for (const note of notes)
          await tx
            .update(activities)
            .set({ body: scrubText(note.body, needles) })
            .where(eq(activities.id, note.id));
      }
      requests += await anonymiseLeads(tx, {
        requests: inArray(
          contactRequests.id,
          rows.map((row) => row.id),
        ),
      });
      return false;
    });
    if (done) break;
  }
  for (;;) {
    const changed = await transaction(async (tx) => {
      const rows = await tx
        .select({ id: bookings.id })
        .from(bookings)
        .where(
          and(
            sql`${bookings.emailNormalized} NOT LIKE ${erased}`,
            lt(bookings.startsAt, new Date(cutoff)),
            lt(bookings.createdAt, new Date(cutoff)),
            sql`NOT ${contactedSince(bookings.emailNormalized, cutoff)}`,
          ),
        )
        .limit(BATCH);
      const ids = rows.map((row) => row.id);
      return ids.length === 0 ? 0 : await anonymiseLeads(tx, { bookings: inArray(bookings.id, ids) });
    });
    if (changed === 0) break;
    calls += changed;
  }
  if (requests > 0)
    await transaction(async (tx) => {
      await compactSearchIndexes(tx, { requests: true });
    });
  return { requests, calls };
}

/** When a candidate last did anything: a sign-in or session use, or (before that was recorded) an edit or the sign-up. */
const lastActive = sql`coalesce(${users.lastActiveAt}, ${users.updatedAt}, ${users.createdAt})`;
const liveCandidate = and(eq(users.role, "candidate"), isNull(users.anonymizedAt));

/**
 * Candidates inactive for 24 months get a warning (once per quiet spell); 30 days after it, those
 * still inactive are erased like a deleted account. One who came back meanwhile loses the warning.
 * Returns the CV keys of erased accounts: the caller deletes the files.
 */
export async function applyInactiveAccountRule(
  warning: (user: { id: number; name: string; email: string; anonymiseOn: Date }) => NewEmail,
  now = Date.now(),
) {
  const returned = await transaction(async (tx) =>
    changedRows(
      await tx
        .update(users)
        .set({ retentionNoticeAt: null })
        .where(and(liveCandidate, isNotNull(users.retentionNoticeAt), sql`${lastActive} > ${users.retentionNoticeAt}`)),
    ),
  );

  const inactiveBefore = monthsAgo(retention.inactiveAccountMonths, now);
  let warned = 0;
  for (;;) {
    const batch = await transaction(async (tx) => {
      const rows = await tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(liveCandidate, isNull(users.retentionNoticeAt), sql`${lastActive} < ${instant(inactiveBefore)}`))
        .limit(BATCH);
      for (const row of rows) {
        await tx
          .update(users)
          .set({ retentionNoticeAt: new Date(now) })
          .where(eq(users.id, row.id));
        await enqueueEmail(
          {
            ...warning({ ...row, anonymiseOn: new Date(now + retention.noticeDays * 86_400_000) }),
            dedupeKey: `retention-notice:${row.id}:${now}`,
          },
          tx,
          new Date(now),
        );
      }
      return rows.length;
    });
    warned += batch;
    if (batch < BATCH) break;
  }

  const due = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        liveCandidate,
        lt(users.retentionNoticeAt, new Date(daysAgo(retention.noticeDays, now))),
        sql`${lastActive} <= ${users.retentionNoticeAt}`,
      ),
    );
  const cvKeys: string[] = [];
  let anonymised = 0;
  for (const { id } of due) {
    const result = await eraseAccount(id, "inactive", new Date(now));
    if (result.erased) anonymised++;
    if (result.cvKey) cvKeys.push(result.cvKey);
  }
  return { warned, returned, anonymised, cvKeys };
}

/**
 * Rows that have no use once expired: rate-limit windows, spent form tokens, sessions, reset and
 * verification links, calendar feeds revoked a while ago.
 */
export async function deleteExpiredRows(now = Date.now()) {
  const at = new Date(now);
  return transaction(async (tx) => ({
    rateLimits: changedRows(
      await tx.delete(rateLimits).where(lt(rateLimits.windowStart, daysAgo(retention.rateLimitWindowDays, now))),
    ),
    formTokens: changedRows(await tx.delete(usedFormTokens).where(lt(usedFormTokens.expiresAt, at))),
    sessions: changedRows(await tx.delete(sessions).where(lt(sessions.expiresAt, at))),
    resetTokens: changedRows(await tx.delete(passwordResetTokens).where(lt(passwordResetTokens.expiresAt, at))),
    verificationTokens: changedRows(
      await tx.delete(emailVerificationTokens).where(lt(emailVerificationTokens.expiresAt, at)),
    ),
    calendarFeeds: changedRows(
      await tx
        .delete(calendarFeeds)
        .where(lt(calendarFeeds.revokedAt, new Date(daysAgo(retention.revokedFeedDays, now)))),
    ),
  }));
}

/**
 * Email bodies 30 days after sending (or giving up), the rest of the record and audit rows after 12
 * months; requests held as suspected spam 30 days after they were sent (restored ones live on in the inbox);
 * webhook deliveries 30 days after they were sent, once delivered or failed.
 */
export async function pruneOldRecords(now = Date.now()) {
  const bodyCutoff = new Date(daysAgo(retention.emailBodyDays, now));
  const recordCutoff = new Date(monthsAgo(retention.emailRecordMonths, now));
  return transaction(async (tx) => ({
    emailBodies: changedRows(
      await tx
        .update(outbox)
        .set({ text: "", message: null, attachments: [] })
        .where(
          and(
            or(
              and(inArray(outbox.status, ["sent", "logged"]), lt(outbox.sentAt, bodyCutoff)),
              and(eq(outbox.status, "failed"), lt(outbox.createdAt, bodyCutoff)),
            ),
            sql`(${outbox.text} <> '' OR ${outbox.message} IS NOT NULL OR ${outbox.attachments} <> '[]')`,
          ),
        ),
    ),
    emails: changedRows(
      await tx
        .delete(outbox)
        .where(and(inArray(outbox.status, ["sent", "logged", "failed"]), lt(outbox.createdAt, recordCutoff))),
    ),
    quarantined: changedRows(
      await tx
        .delete(contactQuarantine)
        .where(lt(contactQuarantine.createdAt, new Date(daysAgo(retention.quarantineDays, now)))),
    ),
    auditEvents: changedRows(
      await tx.delete(auditEvents).where(lt(auditEvents.createdAt, new Date(monthsAgo(retention.auditMonths, now)))),
    ),
    webhookDeliveries: changedRows(
      await tx
        .delete(webhookDeliveries)
        .where(
          and(
            inArray(webhookDeliveries.status, ["delivered", "failed"]),
            lt(webhookDeliveries.createdAt, new Date(daysAgo(retention.webhookLogDays, now))),
          ),
        ),
    ),
  }));
}

/** The whole schedule, in order; what each step changed. */
export async function applyRetention(warning: Parameters<typeof applyInactiveAccountRule>[0], now = Date.now()) {
  const leads = await anonymiseStaleLeads(now);
  const accounts = await applyInactiveAccountRule(warning, now);
  const expired = await deleteExpiredRows(now);
  const pruned = await pruneOldRecords(now);
  // The audit log says what the schedule did, in counts only.
  const counts = { ...leads, warned: accounts.warned, anonymisedAccounts: accounts.anonymised, ...expired, ...pruned };
  if (Object.values(counts).some((count) => count > 0)) {
    await transaction(async (tx) => {
      await tx.insert(auditEvents).values({
        actorId: null,
        action: "retention",
        subject: "npm run jobs",
        details: JSON.stringify(counts),
        createdAt: new Date(now),
      });
    });
  }
  return { counts, cvKeys: accounts.cvKeys };
}
