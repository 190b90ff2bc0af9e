import "server-only";
import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import { redactTokens, unfoldIcs } from "@/domain/redact";
import { type EmailMessage, mapMessageText } from "@/emails/message";
import { type Db, db, transaction } from "../index";
import { skipLocked } from "../locks";
import { changedRows } from "../rows";
import { type OutboxAttachment, outbox } from "../schema";
import { assertStaff, type SessionUser } from "./users";

export type NewEmail = {
  kind: string;
  to: string;
  /** Where replies go, when not to the site's own address (an email a manager wrote). */
  replyTo?: string;
  subject: string;
  message: EmailMessage;
  attachments?: OutboxAttachment[];
  dedupeKey?: string;
};

type Writer = Pick<Db, "insert">;

/**
 * Queues an email; with a dedupe key, queuing it a second time does nothing (then undefined).
 * Pass `tx` to queue inside a transaction; without it the email is queued in one of its own.
 */
export async function enqueueEmail(email: NewEmail, tx?: Writer, now = new Date()) {
  const insert = async (writer: Writer) => {
    const [row] = await writer
      .insert(outbox)
      .values({ ...email, text: "", attachments: email.attachments ?? [], nextAttemptAt: now })
      .onConflictDoNothing()
      .returning({ id: outbox.id });
    return row;
  };
  return tx ? insert(tx) : transaction(insert);
}

/**
 * Takes the due emails for delivery, at most `limit`: their next attempt moves a lease into the future,
 * in one transaction, so two workers (web servers, `npm run jobs`, on any instance) never send the
 * same email. A worker that dies mid-delivery leaves its emails to be taken again when the lease ends.
 */
export async function claimDueEmails(now = new Date(), limit = 20, leaseMs = 5 * 60_000) {
  return transaction(async (tx) => {
    const due = skipLocked(
      tx
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(limit),
    );
    const ids = (await due).map((row) => row.id);
    if (ids.length === 0) return [];
    const claimed = await tx
      .update(outbox)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(inArray(outbox.id, ids))
      .returning();
    return claimed.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  });
}

/** The message with its personal links replaced: what staff see, and what is kept once it is sent. */
export const redactMessage = (message: EmailMessage): EmailMessage => mapMessageText(message, redactTokens);

/**
 * Marks an email delivered and keeps only a copy without live links: the tokens in it (manage,
 * reset, verification) were for the recipient, and the stored copy is no key to their account or call.
 */
export async function markEmailDelivered(id: number, status: "sent" | "logged", now = new Date()) {
  await transaction(async (tx) => {
    const [email] = await tx
      .select({ subject: outbox.subject, text: outbox.text, message: outbox.message, attachments: outbox.attachments })
      .from(outbox)
      .where(eq(outbox.id, id))
      .limit(1);
    if (!email) return;
    const attachments = email.attachments.map((file) => ({ ...file, content: redactTokens(unfoldIcs(file.content)) }));
    const message = email.message && redactMessage(email.message);
    await tx
      .update(outbox)
      .set({
        status,
        sentAt: now,
        lastError: null,
        subject: redactTokens(email.subject),
        text: redactTokens(email.text),
        message,
        attachments,
      })
      .where(eq(outbox.id, id));
  });
}

export const MAX_EMAIL_ATTEMPTS = 5;

/** Records a failed attempt; retries with exponential back-off until MAX_EMAIL_ATTEMPTS, then gives up. */
export async function markEmailFailed(id: number, attempts: number, error: string, now = new Date()) {
  const next = attempts + 1;
  const giveUp = next >= MAX_EMAIL_ATTEMPTS;
  await transaction(async (tx) => {
    await tx
      .update(outbox)
      .set({
        attempts: next,
        lastError: error.slice(0, 500),
        status: giveUp ? "failed" : "pending",
        nextAttemptAt: new Date(now.getTime() + 60_000 * 2 ** next),
      })
      .where(eq(outbox.id, id));
  });
}

/** Recent emails for the dashboard (admins and managers only; checked by the caller's role). */
export async function listOutbox(actor: SessionUser, limit = 100) {
  assertStaff(actor);
  const emails = await db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      to: outbox.to,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(limit);
  return emails.map((email) => ({ ...email, subject: redactTokens(email.subject) }));
}

/** Puts a failed email back in the queue for an immediate attempt. */
export async function retryEmail(actor: SessionUser, id: number, now = new Date()) {
  assertStaff(actor);
  const result = await transaction(async (tx) =>
    tx
      .update(outbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now })
      .where(and(eq(outbox.id, id), eq(outbox.status, "failed"))),
  );
  return changedRows(result) === 1;
}

/**
 * One email as stored, for staff. A delivered copy was redacted when it was sent; one still
 * waiting holds its recipient's live links, so it is shown redacted too: staff never need them.
 */
export async function getOutboxEmail(actor: SessionUser, id: number) {
  assertStaff(actor);
  const [email] = await db.select().from(outbox).where(eq(outbox.id, id)).limit(1);
  if (!email) return null;
  const { dedupeKey: _dedupeKey, attachments, text, message, ...fields } = email;
  return {
    ...fields,
    subject: redactTokens(fields.subject),
    text: redactTokens(text),
    message: message && redactMessage(message),
    attachments: attachments.map((file) => ({
      filename: file.filename,
      contentType: file.contentType,
      size: Buffer.byteLength(file.content),
    })),
  };
}
