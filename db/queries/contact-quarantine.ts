import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { type SpamReason, spamReasonLabels } from "@/domain/spam-reasons";
import { db, transaction } from "../index";
import { activities, auditEvents, contactQuarantine, contactRequests, usedFormTokens } from "../schema";
import { insertContactRequest, type NewContactRequestInput } from "./contact-requests";
import { enqueueEmail, type NewEmail } from "./outbox";
import { assertStaff, type SessionUser } from "./users";

const waiting = isNull(contactQuarantine.restoredAt);

/**
 * Holds a suspected-spam request apart from the inbox. A signed token (sent too fast, or with the
 * honeypot filled) is used up in the same transaction, as a real request's is, so replaying one post
 * fills the quarantine no more than the inbox. Null when that token was already used.
 */
export async function quarantineContactRequest(
  input: NewContactRequestInput,
  reason: SpamReason,
  formToken: { tokenHash: string; expiresAt: Date } | null,
  now = new Date(),
) {
  return transaction(async (tx) => {
    if (formToken) {
      const [fresh] = await tx
        .insert(usedFormTokens)
        .values(formToken)
        .onConflictDoNothing()
        .returning({ tokenHash: usedFormTokens.tokenHash });
      if (!fresh) return null;
    }
    const [held] = await tx
      .insert(contactQuarantine)
      .values({ ...input, reason, createdAt: now })
      .returning({ id: contactQuarantine.id });
    if (!held) throw new Error("quarantine insert returned no row");
    return held;
  });
}

export const SPAM_PAGE_SIZE = 25;

/** Requests waiting in the quarantine, newest first. */
export async function listQuarantine(actor: SessionUser, page: number) {
  assertStaff(actor);
  const [counted] = await db.select({ n: count() }).from(contactQuarantine).where(waiting);
  const total = counted?.n ?? 0;
  const rows = await db
    .select({
      id: contactQuarantine.id,
      reason: contactQuarantine.reason,
      name: contactQuarantine.name,
      email: contactQuarantine.email,
      company: contactQuarantine.company,
      role: contactQuarantine.role,
      seniority: contactQuarantine.seniority,
      developers: contactQuarantine.developers,
      message: contactQuarantine.message,
      createdAt: contactQuarantine.createdAt,
    })
    .from(contactQuarantine)
    .where(waiting)
    .orderBy(desc(contactQuarantine.createdAt), desc(contactQuarantine.id))
    .limit(SPAM_PAGE_SIZE)
    .offset((page - 1) * SPAM_PAGE_SIZE);
  return { rows, total };
}

/** How many requests wait in the quarantine, for the link beside the inbox. */
export async function countQuarantine(actor: SessionUser) {
  assertStaff(actor);
  const [counted] = await db.select({ n: count() }).from(contactQuarantine).where(waiting);
  return counted?.n ?? 0;
}

/**
 * Moves a held request into the inbox as a real one (received and consented when it was sent), with
 * a timeline line, an audit entry and the visitor's receipt, all in one transaction. "restored" carries the new request;
 * a second click finds the row already restored and returns that request instead.
 */
export async function restoreQuarantined(
  actor: SessionUser,
  id: number,
  receipt: (request: typeof contactQuarantine.$inferSelect, reference: string) => NewEmail,
  now = new Date(),
) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const [held] = await tx.select().from(contactQuarantine).where(eq(contactQuarantine.id, id)).limit(1);
    if (!held) return { status: "missing" as const };
    if (held.restoredAt) {
      const [request] = held.restoredRequestId
        ? await tx
            .select({ id: contactRequests.id, reference: contactRequests.reference })
            .from(contactRequests)
            .where(eq(contactRequests.id, held.restoredRequestId))
            .limit(1)
        : [];
      return { status: "already" as const, request: request ?? null };
    }
    const {
      id: _id,
      reason,
      restoredAt: _restoredAt,
      restoredRequestId: _restoredRequestId,
      createdAt,
      ...fields
    } = held;
    const request = await insertContactRequest({
      ...fields,
      emailNormalized: fields.email.toLowerCase(),
      consentAt: createdAt,
      createdAt,
      updatedAt: now,
    });
    await tx
      .update(contactQuarantine)
      .set({ restoredAt: now, restoredRequestId: request.id })
      .where(eq(contactQuarantine.id, id));
    // The visitor was told the reply would bring the reference: now it exists, it is sent.
    await enqueueEmail(receipt(held, request.reference), tx, now);
    await tx.insert(activities).values({
      subjectType: "request",
      subjectId: request.id,
      actorId: actor.id,
      kind: "status",
      body: `Restored from spam (${spamReasonLabels[reason]})`,
      createdAt: now,
    });
    await tx.insert(auditEvents).values({
      actorId: actor.id,
      action: "request.restore",
      subject: `request #${request.id}`,
      details: `from spam #${id} (${reason})`,
      createdAt: now,
    });
    return { status: "restored" as const, request };
  });
}

/** Deletes a held request for good, with its audit entry. False when it was already gone or restored. */
export async function deleteQuarantined(actor: SessionUser, id: number, now = new Date()) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const [deleted] = await tx
      .delete(contactQuarantine)
      .where(and(eq(contactQuarantine.id, id), waiting))
      .returning({ reason: contactQuarantine.reason });
    if (!deleted) return false;
    await tx.insert(auditEvents).values({
      actorId: actor.id,
      action: "spam.delete",
      subject: `spam #${id}`,
      details: deleted.reason,
      createdAt: now,
    });
    return true;
  });
}
