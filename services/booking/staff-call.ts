import "server-only";
import { transaction } from "@/db";
import { type BookingDetails, findBookingById, saveBookingCancellation, saveCallOutcome } from "@/db/queries/bookings";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { assertStaff, type SessionUser } from "@/db/queries/users";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { allowedOutcomes, type CallOutcome, canStaffCancel } from "@/domain/call-outcomes";
import { ok, type Result, refused } from "@/domain/result";
import { callData } from "../webhook-events";

/**
 * Why an outcome is refused: no such call, the call has not started yet, or the rule
 * (`allowedOutcomes`) does not allow this outcome now.
 */
export type CallOutcomeRefusal = "missing" | "not-started" | "not-allowed";

/**
 * Records (or corrects) a call's outcome. The rule is checked again here, against the stored call:
 * the form that offered the choice may be stale, or forged.
 */
export async function recordCallOutcome(
  actor: SessionUser,
  id: number,
  outcome: CallOutcome,
  now = Date.now(),
): Promise<Result<undefined, CallOutcomeRefusal>> {
  assertStaff(actor);
  return transaction(async (tx) => {
    const current = await findBookingById(tx, id);
    if (!current) return refused("missing");
    if (current.status !== "cancelled" && current.startsAt.getTime() > now) return refused("not-started");
    if (!allowedOutcomes(current, now).includes(outcome)) return refused("not-allowed");
    await saveCallOutcome(tx, id, outcome);
    return ok();
  });
}

/** Why staff cannot cancel: no such call, or it is not confirmed or has ended (`canStaffCancel`). */
export type StaffCancelRefusal = "missing" | "not-cancellable";

/** Cancels a confirmed call for staff, with the reason the visitor will read (emails queued in the same transaction). */
export async function cancelCallAsStaff(
  actor: SessionUser,
  id: number,
  reason: string | null,
  cancelledEmails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
): Promise<Result<undefined, StaffCancelRefusal>> {
  assertStaff(actor);
  return transaction(async (tx) => {
    const current = await findBookingById(tx, id);
    if (!current) return refused("missing");
    if (!canStaffCancel(current, now)) return refused("not-cancellable");
    const cancelled = await saveBookingCancellation(tx, id, { reason, now: new Date(now) });
    for (const email of cancelledEmails(cancelled)) await enqueueEmail(email, tx);
    await queueWebhookEvent(tx, "call.cancelled", { call: { ...callData(cancelled), cancelledBy: "staff" } });
    return ok();
  });
}
