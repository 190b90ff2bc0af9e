import "server-only";
import { transaction } from "@/db";
import {
  type BookingDetails,
  canChangeOnline,
  findExpertSchedule,
  isExpertSlotTaken,
  readBookingByTokenHash,
  saveBookingCancellation,
  saveBookingMove,
} from "@/db/queries/bookings";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { ok, type Result, refused } from "@/domain/result";
import { isSlotFree } from "@/domain/slots";
import { callData } from "../webhook-events";

/**
 * Why the visitor's cancellation is refused, with nothing written: no call has this manage link,
 * the call is no longer confirmed, or it starts within the cut-off (`canChangeOnline`).
 */
export type CancelCallRefusal = "not-found" | "cancelled" | "closed";

/** Why a move is refused: as a cancellation, or the new time is not (or no longer) free, or it is the call's own expert and time. */
export type MoveCallRefusal = CancelCallRefusal | "taken" | "unchanged";

/** Cancels through the manage link, unless the call is inside the cut-off or already over. */
export async function cancelCallByLink(
  tokenHash: string,
  reason: string | null,
  emails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
): Promise<Result<{ booking: BookingDetails }, CancelCallRefusal>> {
  return transaction(async (tx) => {
    const booking = await readBookingByTokenHash(tx, tokenHash);
    if (!booking) return refused("not-found");
    if (booking.status !== "confirmed") return refused("cancelled");
    if (!canChangeOnline(booking, now)) return refused("closed");
    const cancelled = await saveBookingCancellation(tx, booking.id, { reason, now: new Date(now) });
    for (const email of emails(cancelled)) await enqueueEmail(email, tx);
    await queueWebhookEvent(tx, "call.cancelled", { call: { ...callData(cancelled), cancelledBy: "visitor" } });
    return ok({ booking: cancelled });
  });
}

/**
 * Moves a call to another free slot (any expert), keeping the same record and manage link. The slot
 * is re-checked inside the transaction and the unique index is the last word, as when booking. The
 * call's own expert and time is no move ("unchanged"): nothing is written and nobody is emailed.
 */
export async function moveCallByLink(
  tokenHash: string,
  target: { expertId: number; start: number },
  emails: (booking: BookingDetails, previous: BookingDetails) => NewEmail[],
  now = Date.now(),
): Promise<Result<{ booking: BookingDetails }, MoveCallRefusal>> {
  try {
    return await transaction(async (tx) => {
      const booking = await readBookingByTokenHash(tx, tokenHash);
      if (!booking) return refused("not-found");
      if (booking.status !== "confirmed") return refused("cancelled");
      if (!canChangeOnline(booking, now)) return refused("closed");
      if (booking.expert.id === target.expertId && booking.startsAt.getTime() === target.start)
        return refused("unchanged");
      const entry = await findExpertSchedule(tx, target.expertId, now, booking.id);
      if (!entry || !isSlotFree(entry.schedule, entry.bookings, target.start, now)) return refused("taken");
      const moved = await saveBookingMove(tx, booking.id, {
        expertId: target.expertId,
        startsAt: new Date(target.start),
        endsAt: new Date(target.start + entry.schedule.callMinutes * 60_000),
      });
      for (const email of emails(moved, booking)) await enqueueEmail(email, tx);
      await queueWebhookEvent(tx, "call.moved", { call: callData(moved) });
      return ok({ booking: moved });
    });
  } catch (error) {
    if (isExpertSlotTaken(error)) return refused("taken");
    throw error;
  }
}
