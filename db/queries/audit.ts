import "server-only";
import { and, desc, eq, like } from "drizzle-orm";
import { db } from "../index";
import { auditEvents, users } from "../schema";
import { assertRole, type SessionUser } from "./users";

export const auditActions = [
  "sign-in",
  "request.status",
  "request.note",
  "request.propose",
  "request.assign",
  "request.restore",
  "spam.delete",
  "candidate.stage",
  "candidate.note",
  "candidate.rate",
  "call.update",
  "content.edit",
  "expert.create",
  "expert.update",
  "expert.hours",
  "expert.time-off",
  "export",
  "outbox.retry",
  "staff.create",
  "staff.update",
  "account.erase",
  "retention",
] as const;
export type AuditAction = (typeof auditActions)[number];

export function recordAudit(actorId: number | null, action: AuditAction, subject = "", details = "") {
  db.insert(auditEvents).values({ actorId, action, subject: subject.slice(0, 200), details: details.slice(0, 1000) }).run();
}

export async function listAudit(actor: SessionUser, filter: { action?: AuditAction; actor?: string }, limit = 200) {
  assertRole(actor, "admin");
  return db
    .select({ id: auditEvents.id, action: auditEvents.action, subject: auditEvents.subject, details: auditEvents.details, at: auditEvents.createdAt, actor: users.email })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(filter.action ? eq(auditEvents.action, filter.action) : undefined, filter.actor ? like(users.emailNormalized, `%${filter.actor.toLowerCase().replace(/[%_\\]/g, "")}%`) : undefined))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit)
    .all();
}
