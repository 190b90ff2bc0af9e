import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { isUniqueViolation } from "../errors";
import { db, transaction } from "../index";
import { activities, bookings, contactRequests, emailTemplates, users } from "../schema";
import { candidateBase } from "./admin/shared";
import { enqueueEmail, type NewEmail } from "./outbox";
import { issueShortlistLink } from "./shortlists";
import { assertStaff, type SessionUser } from "./users";

/*
 * Emails a talent manager writes from the dashboard, to a request's company contact or to a candidate:
 * from editable templates, queued through the outbox like every email, logged on the timeline, with
 * replies going to the manager.
 */

export type TemplateInput = { name: string; subject: string; body: string };

export async function listTemplates(actor: SessionUser) {
  assertStaff(actor);
  return db
    .select({
      id: emailTemplates.id,
      name: emailTemplates.name,
      subject: emailTemplates.subject,
      body: emailTemplates.body,
    })
    .from(emailTemplates)
    .orderBy(asc(emailTemplates.name));
}

/** Adds (no id) or changes a template; a name is used once. */
export async function saveTemplate(
  actor: SessionUser,
  id: number | null,
  input: TemplateInput,
): Promise<"saved" | "missing" | "name-taken"> {
  assertStaff(actor);
  try {
    return await transaction(async (tx) => {
      if (id === null) {
        await tx.insert(emailTemplates).values(input);
        return "saved";
      }
      const changed = await tx
        .update(emailTemplates)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(emailTemplates.id, id))
        .returning({ id: emailTemplates.id });
      return changed.length === 1 ? "saved" : "missing";
    });
  } catch (error) {
    if (isUniqueViolation(error, "email_templates.name")) return "name-taken";
    throw error;
  }
}

export async function deleteTemplate(actor: SessionUser, id: number) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const removed = await tx
      .delete(emailTemplates)
      .where(eq(emailTemplates.id, id))
      .returning({ id: emailTemplates.id });
    return removed.length === 1;
  });
}

/** Whom a request's email goes to and what its variables can say. Null for no such request. */
export async function getRequestEmailContext(actor: SessionUser, requestId: number, now = new Date()) {
  assertStaff(actor);
  const [request] = await db
    .select({
      name: contactRequests.name,
      email: contactRequests.email,
      company: contactRequests.company,
      role: contactRequests.role,
      reference: contactRequests.reference,
    })
    .from(contactRequests)
    .where(eq(contactRequests.id, requestId))
    .limit(1);
  if (!request) return null;
  const [call] = await db
    .select({ startsAt: bookings.startsAt, zone: bookings.visitorTimeZone })
    .from(bookings)
    .where(and(eq(bookings.contactRequestId, requestId), eq(bookings.status, "confirmed"), gt(bookings.startsAt, now)))
    .orderBy(asc(bookings.startsAt))
    .limit(1);
  return { ...request, nextCall: call ?? null };
}

/** A candidate's name and address for an email, or null. */
export async function getCandidateEmailContext(actor: SessionUser, candidateId: number) {
  assertStaff(actor);
  const [candidate] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.id, candidateId), candidateBase))
    .limit(1);
  return candidate ?? null;
}

export type WrittenEmailResult = "sent" | "missing" | "none-interested";

/**
 * Queues a written email and logs it on the request's or candidate's timeline, in one transaction.
 * With `shortlist` (the email holds a new shortlist link), that link is issued first, in the same
 * transaction: no link, no email, and the reverse.
 */
export async function sendWrittenEmail(
  actor: SessionUser,
  subject: { type: "request" | "candidate"; id: number },
  email: NewEmail,
  shortlist: { tokenHash: string; expiresAt: Date } | null = null,
): Promise<WrittenEmailResult> {
  assertStaff(actor);
  return transaction(async (tx) => {
    let issuedNote = "";
    if (shortlist) {
      if (subject.type !== "request") return "missing";
      const issued = await issueShortlistLink(actor, subject.id, shortlist);
      if (!issued.ok) return issued.reason;
      issuedNote = ` (with a new shortlist link: ${issued.count} candidate${issued.count === 1 ? "" : "s"}${issued.statusNote})`;
    }
    await enqueueEmail(email, tx);
    await tx.insert(activities).values({
      subjectType: subject.type,
      subjectId: subject.id,
      actorId: actor.id,
      kind: "note",
      body: `Email to ${email.to}: “${email.subject}”${issuedNote}`,
    });
    return "sent";
  });
}
