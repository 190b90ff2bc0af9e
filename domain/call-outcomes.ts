import type { BookingStatus } from "@/domain/vocabulary";

export type CallOutcome = "completed" | "no_show" | "confirmed";

export const outcomeLabels: Record<CallOutcome, string> = {
  completed: "Completed",
  no_show: "No-show",
  confirmed: "Not recorded yet",
};

/**
 * What a talent manager may record for a call now. Nothing before it starts (a call two days ahead
 * cannot have been missed); once started, either outcome; a recorded outcome can be switched to
 * the other one, or undone ("not recorded") while the call is still on — after its end it either
 * happened or it did not. Cancelled calls stay cancelled.
 */
export function allowedOutcomes(
  call: { status: BookingStatus; startsAt: Date; endsAt: Date },
  now = Date.now(),
): CallOutcome[] {
  if (call.status === "cancelled" || call.startsAt.getTime() > now) return [];
  const stillOn = call.endsAt.getTime() > now;
  if (call.status === "confirmed") return ["completed", "no_show"];
  const other = call.status === "completed" ? "no_show" : "completed";
  return stillOn ? [other, "confirmed"] : [other];
}

/** Staff may cancel a confirmed call until it has ended. */
export const canStaffCancel = (call: { status: BookingStatus; endsAt: Date }, now = Date.now()) =>
  call.status === "confirmed" && call.endsAt.getTime() > now;
