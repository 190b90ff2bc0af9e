import "server-only";
import { and, desc, eq, like } from "drizzle-orm";
import { db, transaction } from "../index";
import { auditEvents, users } from "../schema";
import { assertRole, type SessionUser } from "./users";

export const auditActions = [
  "sign-in",
  "request.status",
  "request.note",
  "request.propose",
  "request.shortlist",
  "request.outcome",
  "request.details",
  "request.assign",
  "request.restore",
  "request.merge",
  "spam.delete",
  "candidate.stage",
  "candidate.note",
  "candidate.rate",
  "candidate.scorecard",
  "candidate.listing",
  "call.update",
  "content.edit",
  "template.save",
  "template.delete",
  "email.write",
  "expert.create",
  "expert.update",
  "expert.hours",
  "expert.time-off",
  "expert.calendar-feed",
  "export",
  "outbox.retry",
  "job.retry",
  "webhook.create",
  "webhook.update",
  "webhook.secret",
  "webhook.delete",
  "webhook.resend",
  "staff.create",
  "staff.update",
  "account.erase",
  "retention",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditEntry = { action: AuditAction; subject?: string; details?: string };

export async function recordAudit(actorId: number | null, action: AuditAction, subject = "", details = "") {
  await transaction(async (tx) => {
    await tx
      .insert(auditEvents)
      .values({ actorId, action, subject: subject.slice(0, 200), details: details.slice(0, 1000) });
  });
}

/**
 * A change and its audit entry commit together or not at all: `change` (a db verb, whose own
 * transaction becomes a savepoint of this one) and the entry run in one transaction, and `entry`
 * says from the change's result what to record (nothing when nothing changed). A throw in either
 * rolls back both.
 */
export async function withAudit<T>(
  actor: { id: number },
  change: () => Promise<T>,
  entry: (result: T) => AuditEntry | null | false,
): Promise<T> {
  return transaction(async () => {
    const result = await change();
    const audit = entry(result);
    if (audit) await recordAudit(actor.id, audit.action, audit.subject, audit.details);
    return result;
  });
}

export async function listAudit(actor: SessionUser, filter: { action?: AuditAction; actor?: string }, limit = 200) {
  assertRole(actor, "admin");
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      subject: auditEvents.subject,
      details: auditEvents.details,
      at: auditEvents.createdAt,
      actor: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
        filter.actor
          ? like(users.emailNormalized, `%${filter.actor.toLowerCase().replace(/[%_\\]/g, "")}%`)
          : undefined,
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit);
}
