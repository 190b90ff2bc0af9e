import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import { publicName } from "@/domain/directory";
import { containsAny, ERASED_MARK, scrubText, unfoldIcs } from "@/domain/redact";
import { initialsOf } from "@/domain/shortlist";
import { mapMessageText } from "@/emails/message";
import { type Db, transaction } from "../index";
import { containsPattern } from "../like";
import {
  activities,
  auditEvents,
  bookings,
  calendarFeeds,
  candidateExperience,
  candidateHours,
  candidateProfiles,
  candidateProjects,
  candidateStageEvents,
  candidateTimeOff,
  contactQuarantine,
  contactRequests,
  emailVerificationTokens,
  interviews,
  type OutboxAttachment,
  outbox,
  passwordResetTokens,
  proposals,
  scorecards,
  sessions,
  users,
} from "../schema";
import { compactSearchIndexes } from "../search";
import { isListed } from "./directory";

export type Tx = Db;

/** Addresses that replace a person's: `.invalid` can never receive mail (RFC 2606). */
const ERASED_DOMAIN = "erased.invalid";
const erasedRequestEmail = sql`'request-' || ${contactRequests.id} || '@${sql.raw(ERASED_DOMAIN)}'`;
const erasedBookingEmail = sql`'call-' || ${bookings.id} || '@${sql.raw(ERASED_DOMAIN)}'`;

/**
 * Rows of `columns` in which any needle occurs, ignoring case; the exact match is made in JavaScript.
 * A column is read as its text (JSON columns too), on either engine.
 */
export function mentions(columns: SQL[], needles: string[]) {
  if (needles.length === 0) return sql`1 = 0`;
  const tests = columns.flatMap((column) =>
    needles.map(
      (needle) => sql`lower(CAST(${column} AS TEXT)) LIKE ${containsPattern(needle.toLowerCase())} ESCAPE '\\'`,
    ),
  );
  return sql`(${sql.join(tests, sql` OR `)})`;
}

/** Company leads: the request and call records of one address (or some rows) lose the person's name, address and message. */
export async function anonymiseLeads(tx: Tx, where: { requests?: SQL; bookings?: SQL }) {
  let changed = 0;
  if (where.requests) {
    const changedRequests = await tx
      .update(contactRequests)
      .set({
        name: "Erased contact",
        email: erasedRequestEmail,
        emailNormalized: erasedRequestEmail,
        message: "",
        budget: null,
      })
      .where(where.requests)
      .returning({ id: contactRequests.id });
    changed += changedRequests.length;
  }
  if (where.bookings) {
    const changedBookings = await tx
      .update(bookings)
      .set({ name: "Erased contact", email: erasedBookingEmail, emailNormalized: erasedBookingEmail })
      .where(where.bookings)
      .returning({ id: bookings.id });
    changed += changedBookings.length;
  }
  return changed;
}

/**
 * Replaces every mention of the needles in the free text staff and the site wrote (timelines, audit,
 * stored emails, other people's stage reasons). Emails are kept only as anonymous records; those about
 * the person also lose `quoted` (words said about them, quoted in emails to others); a calendar
 * attachment that mentions the person is dropped, since folded lines hide names from a plain search.
 */
async function scrubMentions(tx: Tx, needles: string[], quoted: string[], skipOutbox?: SQL) {
  if (needles.length === 0) return;
  for (const row of await tx
    .select({ id: activities.id, body: activities.body })
    .from(activities)
    .where(mentions([sql`${activities.body}`], needles))) {
    await tx
      .update(activities)
      .set({ body: scrubText(row.body, needles) })
      .where(eq(activities.id, row.id));
  }
  const audit = tx
    .select({ id: auditEvents.id, subject: auditEvents.subject, details: auditEvents.details })
    .from(auditEvents);
  for (const row of await audit.where(mentions([sql`${auditEvents.subject}`, sql`${auditEvents.details}`], needles))) {
    await tx
      .update(auditEvents)
      .set({ subject: scrubText(row.subject, needles), details: scrubText(row.details, needles) })
      .where(eq(auditEvents.id, row.id));
  }
  const reasons = tx
    .select({ id: candidateStageEvents.id, reason: candidateStageEvents.reason })
    .from(candidateStageEvents);
  for (const row of await reasons.where(mentions([sql`${candidateStageEvents.reason}`], needles))) {
    await tx
      .update(candidateStageEvents)
      .set({ reason: scrubText(row.reason ?? "", needles) })
      .where(eq(candidateStageEvents.id, row.id));
  }
  const lost = tx.select({ id: contactRequests.id, lostReason: contactRequests.lostReason }).from(contactRequests);
  for (const row of await lost.where(mentions([sql`${contactRequests.lostReason}`], needles))) {
    await tx
      .update(contactRequests)
      .set({ lostReason: scrubText(row.lostReason ?? "", needles) })
      .where(eq(contactRequests.id, row.id));
  }
  const columns = [
    sql`${outbox.to}`,
    sql`${outbox.subject}`,
    sql`${outbox.text}`,
    sql`${outbox.message}`,
    sql`${outbox.attachments}`,
    sql`${outbox.lastError}`,
  ];
  const emails = await tx
    .select()
    .from(outbox)
    .where(skipOutbox ? and(mentions(columns, needles), sql`NOT (${skipOutbox})`) : mentions(columns, needles));
  const inEmails = [...needles, ...quoted];
  for (const row of emails) {
    const attachments: OutboxAttachment[] = row.attachments.filter(
      (file) => !containsAny(unfoldIcs(file.content).replace(/\\/g, ""), needles),
    );
    await tx
      .update(outbox)
      .set({
        to: scrubText(row.to, inEmails),
        subject: scrubText(row.subject, inEmails),
        text: scrubText(row.text, inEmails),
        message: row.message && mapMessageText(row.message, (text) => scrubText(text, inEmails)),
        attachments,
        lastError: row.lastError === null ? null : scrubText(row.lastError, inEmails),
        // An email that still had to go out can no longer reach anyone.
        ...(row.status === "pending" ? { status: "failed" as const, lastError: "erased before delivery" } : {}),
      })
      .where(eq(outbox.id, row.id));
  }
}

/** The directory ask's message and timeline line as the site wrote them until it stopped copying the developer's public name. */
const OLD_ASK_MESSAGE = /^Asked to interview [^\n]* from the developer directory:/;
const OLD_ASK_LINE = /^Asked to interview [^\n]* in the directory\)$/;

/**
 * The requests a candidate was proposed on or asked for from the directory (held asks included) keep
 * what the site copied about them there before it stopped: the name they chose for the directory in
 * the ask's message and timeline line, and `quoted` (the company's "Not a fit" comment, interview
 * cancel reasons) on the timeline. Their receipts name them as the directory showed them (`shownAs`:
 * that name, or their initials). Such a name may be a common word, so it is looked for in these rows
 * only, not everywhere as their full name is.
 */
async function scrubTheirRequests(
  tx: Tx,
  userId: number,
  profilePage: string | null,
  needles: string[],
  quoted: string[],
  shownAs: string | null,
) {
  const proposedOn = inArray(
    contactRequests.id,
    tx.select({ id: proposals.requestId }).from(proposals).where(eq(proposals.candidateId, userId)),
  );
  const message = (text: string) =>
    scrubText(
      text.replace(OLD_ASK_MESSAGE, `Asked to interview ${ERASED_MARK} from the developer directory:`),
      needles,
    );
  const requests = await tx
    .select({ id: contactRequests.id, reference: contactRequests.reference, message: contactRequests.message })
    .from(contactRequests)
    .where(profilePage ? or(proposedOn, eq(contactRequests.sourcePage, profilePage)) : proposedOn);
  for (const row of requests) {
    const scrubbed = message(row.message);
    if (scrubbed !== row.message)
      await tx.update(contactRequests).set({ message: scrubbed }).where(eq(contactRequests.id, row.id));
  }
  if (profilePage)
    for (const row of await tx
      .select({ id: contactQuarantine.id, message: contactQuarantine.message })
      .from(contactQuarantine)
      .where(eq(contactQuarantine.sourcePage, profilePage))) {
      await tx
        .update(contactQuarantine)
        .set({ message: message(row.message) })
        .where(eq(contactQuarantine.id, row.id));
    }
  if (requests.length === 0) return;
  if (shownAs && shownAs.length >= 2) {
    const references = requests.map((row) => row.reference);
    const receipts = await tx
      .select({ id: outbox.id, subject: outbox.subject, text: outbox.text, message: outbox.message })
      .from(outbox)
      .where(and(eq(outbox.kind, "contact-receipt"), mentions([sql`${outbox.subject}`], references)));
    const scrub = (text: string) => scrubText(text, [shownAs]);
    for (const row of receipts)
      await tx
        .update(outbox)
        .set({
          subject: scrub(row.subject),
          text: scrub(row.text),
          message: row.message && mapMessageText(row.message, scrub),
        })
        .where(eq(outbox.id, row.id));
  }
  const lines = await tx
    .select({ id: activities.id, body: activities.body })
    .from(activities)
    .where(
      and(
        eq(activities.subjectType, "request"),
        inArray(
          activities.subjectId,
          requests.map((row) => row.id),
        ),
      ),
    );
  for (const row of lines) {
    // Quoted as the lines quoted them: a short comment ("No") must not take every "no" of the timeline with it.
    const body = scrubText(
      quoted.reduce(
        (text, words) => text.replaceAll(`“${words}”`, `“${ERASED_MARK}”`),
        row.body.replace(OLD_ASK_LINE, `Asked to interview ${ERASED_MARK} from the directory`),
      ),
      needles,
    );
    if (body !== row.body) await tx.update(activities).set({ body }).where(eq(activities.id, row.id));
  }
}

export type ErasureReason = "deleted by the person" | "inactive";

/**
 * Erases a candidate in one transaction: profile, tokens, sessions, the candidate's timeline and the
 * reasons on their stages go; every mention of their name and addresses elsewhere (staff notes,
 * "Proposed <name>", the audit log, stored emails) is replaced (rate-limit keys are keyed hashes and hold no address),
 * and so are their directory name and the words said about them on the requests they were on; the company leads
 * sent from the same address are anonymised too when the address was proven theirs (verified),
 * since otherwise it may be someone else's. What stays is an anonymous, disabled account row with
 * its stage dates and proposals, so reporting still adds up. Returns the CV's key (the caller
 * removes the file once this has committed) and whether the profile was listed in the directory.
 */
export async function eraseAccount(userId: number, reason: ErasureReason, now = new Date()) {
  return transaction(async (tx) => {
    const [user] = await tx
      .select({
        name: users.name,
        email: users.emailNormalized,
        canonical: users.emailCanonical,
        verifiedAt: users.emailVerifiedAt,
        anonymizedAt: users.anonymizedAt,
      })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.role, "candidate")))
      .limit(1);
    if (!user || user.anonymizedAt) return { erased: false, cvKey: null, listed: false };
    const [profile] = await tx
      .select({
        key: candidateProfiles.cvFileKey,
        publicId: candidateProfiles.publicId,
        displayName: candidateProfiles.displayName,
      })
      .from(candidateProfiles)
      .where(eq(candidateProfiles.userId, userId))
      .limit(1);
    const cvKey = profile?.key ?? null;
    // A listed profile leaves the directory with the account: the pages that list it must follow.
    const listed = await isListed(tx, userId);
    const addresses = [...new Set([user.email, user.canonical].filter((value): value is string => Boolean(value)))];
    const needles = [...addresses, user.name.trim()].filter((needle) => needle.length >= 2);
    // What companies wrote about them and they wrote to companies, before the proposals and interviews lose it below.
    const comments = await tx
      .select({ text: proposals.companyComment })
      .from(proposals)
      .where(and(eq(proposals.candidateId, userId), isNotNull(proposals.companyComment)));
    const cancelReasons = await tx
      .select({ text: interviews.cancelReason })
      .from(interviews)
      .where(and(eq(interviews.candidateId, userId), isNotNull(interviews.cancelReason)));
    const quoted = [...comments, ...cancelReasons].flatMap((row) => (row.text?.trim() ? [row.text] : []));
    await scrubTheirRequests(
      tx,
      userId,
      profile?.publicId ? `/developers/${profile.publicId}` : null,
      [...needles, profile?.displayName?.trim() ?? ""].filter((needle) => needle.length >= 2),
      quoted,
      profile ? publicName(profile.displayName, initialsOf(user.name)) : null,
    );

    await tx.delete(candidateProfiles).where(eq(candidateProfiles.userId, userId));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    await tx.delete(emailVerificationTokens).where(eq(emailVerificationTokens.userId, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    // Their interviews' calendar feed: its link stops with the account.
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
    await tx.update(candidateStageEvents).set({ reason: null }).where(eq(candidateStageEvents.userId, userId));
    await tx.delete(activities).where(and(eq(activities.subjectType, "candidate"), eq(activities.subjectId, userId)));
    // What was written about them on shortlists (the manager's note, the company's comment).
    await tx.update(proposals).set({ note: "", companyComment: null }).where(eq(proposals.candidateId, userId));
    await tx.delete(candidateHours).where(eq(candidateHours.userId, userId));
    await tx.delete(candidateTimeOff).where(eq(candidateTimeOff.userId, userId));
    // Their work history (employers' names among it) and projects; the profile row, with its listing, went above.
    await tx.delete(candidateExperience).where(eq(candidateExperience.userId, userId));
    await tx.delete(candidateProjects).where(eq(candidateProjects.userId, userId));
    await tx.update(interviews).set({ cancelReason: null }).where(eq(interviews.candidateId, userId));
    await tx.delete(scorecards).where(eq(scorecards.candidateId, userId));
    await tx
      .update(auditEvents)
      .set({ subject: `user #${userId}`, details: "" })
      .where(and(eq(auditEvents.actorId, userId), eq(auditEvents.action, "sign-in")));

    // Emails about a company's call or request, which stay when the address is unproven.
    const companyEmail = sql`(${outbox.kind} LIKE 'booking-%' OR ${outbox.kind} = 'contact-receipt')`;
    const toPerson = inArray(sql`lower(${outbox.to})`, addresses);
    let leads = 0;
    if (user.verifiedAt) {
      await tx.delete(outbox).where(toPerson);
      leads = await anonymiseLeads(tx, {
        requests: inArray(contactRequests.emailNormalized, addresses),
        bookings: inArray(bookings.emailNormalized, addresses),
      });
      // Requests held as suspected spam have no record worth keeping: they go.
      await tx.delete(contactQuarantine).where(inArray(sql`lower(${contactQuarantine.email})`, addresses));
      await scrubMentions(tx, needles, quoted);
    } else {
      // Account emails (resets, confirmations) are the person's; call and request emails to an unproven address may be a stranger's.
      await tx.delete(outbox).where(and(toPerson, sql`NOT (${companyEmail})`));
      await scrubMentions(tx, needles, quoted, companyEmail);
    }

    const placeholder = `candidate-${userId}@${ERASED_DOMAIN}`;
    await tx
      .update(users)
      .set({
        name: "Deleted candidate",
        email: placeholder,
        emailNormalized: placeholder,
        emailCanonical: null,
        passwordHash: `!erased-${randomBytes(16).toString("hex")}`,
        active: false,
        anonymizedAt: now,
        emailVerifiedAt: null,
        lastActiveAt: null,
        retentionNoticeAt: null,
        updatedAt: now,
      })
      .where(eq(users.id, userId));
    await compactSearchIndexes(tx, { candidates: true, requests: leads > 0 });
    await tx.insert(auditEvents).values({
      actorId: reason === "deleted by the person" ? userId : null,
      action: "account.erase",
      subject: `user #${userId}`,
      details: reason,
      createdAt: now,
    });
    return { erased: true, cvKey, listed };
  });
}
