import "server-only";
import { and, asc, desc, eq, lte } from "drizzle-orm";
import { redactTokens, unfoldIcs } from "@/domain/redact";
import { type EmailMessage, mapMessageText } from "@/emails/message";
import { type Db, db, transaction } from "../index";
import { addJob } from "../queue";
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

/** Attempts an email has before it is marked failed: with the queue's back-off (e¹…e⁹ seconds apart) about three and a half hours of trying. */
export const EMAIL_ATTEMPTS = 10;

/** The email's delivery job: one per email, so adding it again (a retry) replaces a waiting one. */
const deliveryJob = (writer: Db, id: number, options: { keepExisting?: boolean } = {}) =>
  addJob(writer, "deliver-email", { id }, { key: `email:${id}`, maxAttempts: EMAIL_ATTEMPTS, ...options });

/**
 * Queues an email and the job that delivers it; with a dedupe key, queuing it a second time does
 * nothing (then undefined). Pass `tx` to queue inside a transaction (the email exists, and is sent,
 * only if the change that causes it commits); without it the email is queued in one of its own.
 */
export async function enqueueEmail(email: NewEmail, tx?: Db, now = new Date()) {
  const insert = async (writer: Db) => {
    const [row] = await writer
      .insert(outbox)
      .values({ ...email, text: "", attachments: email.attachments ?? [], nextAttemptAt: now })
      .onConflictDoNothing()
      .returning({ id: outbox.id });
    if (row) await deliveryJob(writer, row.id);
    return row;
  };
  return tx ? insert(tx) : transaction(insert);
}

/**
 * Takes one email for delivery: a lease of `leaseMs` on it, so two jobs that meet on the same email
 * (a retry added while an attempt runs) never both send it; undefined when it is sent, failed or
 * leased. A delivery that dies mid-way leaves its lease to run out, and the job's next attempt takes it.
 */
export async function claimEmail(id: number, now = new Date(), leaseMs = 5 * 60_000) {
  return transaction(async (tx) => {
    const [claimed] = await tx
      .update(outbox)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(and(eq(outbox.id, id), eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
      .returning();
    return claimed;
  });
}

/**
 * Pending emails no job will deliver (queued before the job queue existed, or their job lost):
 * each gets its delivery job again, leaving alone one that is waiting for its next attempt.
 */
export async function requeueStrayEmails(now = new Date(), olderThanMs = 5 * 60_000) {
  const stray = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, new Date(now.getTime() - olderThanMs))))
    .orderBy(asc(outbox.id))
    .limit(1000);
  await transaction(async (tx) => {
    for (const email of stray) await deliveryJob(tx, email.id, { keepExisting: true });
  });
  return stray.length;
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

/**
 * Records a failed attempt (the job is retried by the queue, with its back-off) and gives the email
 * back; after the last attempt the email is marked failed, for staff to see and retry.
 */
export async function markEmailFailed(
  id: number,
  attempt: { number: number; last: boolean },
  error: string,
  now = new Date(),
) {
  await transaction(async (tx) => {
    await tx
      .update(outbox)
      .set({
        attempts: attempt.number,
        lastError: error.slice(0, 500),
        status: attempt.last ? "failed" : "pending",
        nextAttemptAt: now,
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
  return transaction(async (tx) => {
    const result = await tx
      .update(outbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now })
      .where(and(eq(outbox.id, id), eq(outbox.status, "failed")));
    if (changedRows(result) !== 1) return false;
    await deliveryJob(tx, id);
    return true;
  });
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
