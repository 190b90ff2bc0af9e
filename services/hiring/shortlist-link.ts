import "server-only";
import { transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { issueShortlistLink, revokeLiveLink, type ShortlistInvitation } from "@/db/queries/shortlists";
import { assertStaff, type SessionUser } from "@/db/queries/users";
import { ok, type Result, refused } from "@/domain/result";

/** Why a shortlist is not sent: the request is gone, or no candidate has said they are interested yet. */
export type SendShortlistRefusal = "missing" | "none-interested";

/**
 * Sends the request's shortlist: a new link (older ones stop working, see issueShortlistLink), the
 * company's email and the timeline, in one transaction. The link's token is the caller's.
 */
export async function sendShortlist(
  actor: SessionUser,
  requestId: number,
  link: { tokenHash: string; expiresAt: Date },
  invite: (invitation: ShortlistInvitation) => NewEmail,
  now = new Date(),
): Promise<Result<{ sentTo: string; count: number }, SendShortlistRefusal>> {
  assertStaff(actor);
  return transaction(async (tx) => {
    const issued = await issueShortlistLink(actor, requestId, link, now);
    if (!issued.ok) return refused(issued.reason);
    const { request, count } = issued;
    const candidates = `${count} candidate${count === 1 ? "" : "s"}`;
    await logActivity(
      tx,
      "request",
      requestId,
      `Shortlist sent to ${request.email} with ${candidates}${issued.statusNote}`,
      actor.id,
    );
    await enqueueEmail(
      invite({ to: request.email, name: request.name, company: request.company, count, expiresAt: link.expiresAt }),
      tx,
    );
    return ok({ sentTo: request.email, count });
  });
}

/** Stops the request's live link at once, on its timeline; refused when there was none. */
export async function revokeShortlist(
  actor: SessionUser,
  requestId: number,
  now = new Date(),
): Promise<Result<undefined, "no-live-link">> {
  assertStaff(actor);
  return transaction(async (tx) => {
    if (!(await revokeLiveLink(tx, requestId, now))) return refused("no-live-link");
    await logActivity(tx, "request", requestId, "Shortlist link revoked", actor.id);
    return ok();
  });
}
