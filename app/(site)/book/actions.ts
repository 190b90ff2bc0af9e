"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { listOpenSlots } from "@/db/queries/bookings";
import { consumeRateLimits, type Limit, releaseRateLimits } from "@/db/queries/rate-limits";
import { fail } from "@/domain/action-state";
import { createManageToken, hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { formatRetryAfter } from "@/domain/rate-limit";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { formatDateTime, nearestSlots } from "@/domain/slots";
import { parseTimeZone } from "@/domain/time-zones";
import { bookingSchema, cancelReasonSchema, slotSchema } from "@/domain/validation/booking";
import { publicAction } from "@/services/action";
import { bookDiscoveryCall, MAX_UPCOMING_PER_EMAIL } from "@/services/booking/book-call";
import { cancelCallByLink, type MoveCallRefusal, moveCallByLink } from "@/services/booking/change-call";
import { bookingCancelledEmails, bookingConfirmedEmails, bookingRescheduledEmails } from "@/services/booking-emails";
import { claimMeetingChange } from "@/services/meeting-changes";
import { bookingsCounter } from "@/services/metrics";
import { clientIp } from "@/services/request-ip";
import { revalidateSchedule } from "@/services/revalidate-content";
import { bookingHref } from "@/services/slot-links";

const TAKEN_MESSAGE = "Sorry, that slot was just taken by someone else. Here are the nearest free times:";

async function alternativesNear(
  start: number,
  timeZone: string,
  href: (slot: { expertId: number; start: number }) => string,
  excludeBookingId?: number,
) {
  const open = await listOpenSlots(Date.now(), excludeBookingId);
  return nearestSlots(open, start, 6).map((slot) => ({
    label: `${formatDateTime(slot.start, timeZone)} with ${slot.expertName}`,
    href: href(slot),
  }));
}

export const bookCall = publicAction(
  { schema: bookingSchema, summary: "Please correct the highlighted fields." },
  async (input) => {
    const ip = await clientIp();
    const limits: Limit[] = [
      { key: `booking-ip-hour:${ip}`, ...RATE_LIMITS.booking.perIpHour },
      { key: `booking-ip-day:${ip}`, ...RATE_LIMITS.booking.perIpDay },
    ];
    const verdict = await consumeRateLimits(limits);
    if (!verdict.allowed) {
      bookingsCounter.inc({ outcome: "rate-limited" });
      const message = `We have received several bookings from your network. Please try again in ${formatRetryAfter(verdict.retryAfterMs)}, or send us a contact request.`;
      return fail(message);
    }
    const { expertId, start, name, email, company, hiringFor } = input;
    const timeZone = parseTimeZone(input.tz);
    const token = createManageToken();
    const result = await bookDiscoveryCall(
      {
        expertId,
        start,
        name,
        email,
        company,
        hiringFor,
        visitorTimeZone: timeZone,
        manageTokenHash: hashManageToken(token),
      },
      (booking) => bookingConfirmedEmails(booking, token),
    );
    bookingsCounter.inc({ outcome: result.ok ? "booked" : result.reason });
    // Only a booking made uses up the address's allowance.
    if (!result.ok) await releaseRateLimits(limits);
    // Booked, or the time was taken (the page that offered it was out of date): /book shows the change.
    if (result.ok || result.reason === "taken") revalidateSchedule();
    // The same form sent again (Back, then Confirm): the call is theirs, not someone else's.
    if (!result.ok && result.reason === "already-booked")
      return fail(`You have already booked this time: see the confirmation email we sent to ${result.email}.`);
    if (!result.ok && result.reason === "too-many-upcoming") {
      const message = `This email already has ${MAX_UPCOMING_PER_EMAIL} upcoming calls with us. To move one, or cancel it to book another, use the link in its confirmation email.`;
      return fail(message, { email: message });
    }
    if (!result.ok)
      return {
        ...fail(TAKEN_MESSAGE),
        alternatives: await alternativesNear(start, timeZone, (slot) => bookingHref(slot, timeZone)),
      };
    redirect(`/book/manage/${token}?booked=1`);
  },
);

const refusal: Record<MoveCallRefusal, string> = {
  "not-found": "We could not find this booking. Please use the link from your confirmation email.",
  closed:
    "Calls can no longer be changed online less than 2 hours before they start. Please reply to your confirmation email instead.",
  cancelled: "This call is already cancelled.",
  taken: TAKEN_MESSAGE,
  unchanged: "That is the time your call already has.",
};

/** A change (reschedule or cancel) refused by the meeting-change limit, in this page's words. */
const tooManyChanges = (retryAfterMs: number) =>
  fail(
    `This call has been changed several times recently. Please try again in ${formatRetryAfter(retryAfterMs)}, or reply to your confirmation email.`,
  );

/** The manage link's token: a malformed one is treated like an unknown one. */
const manageToken = z.string({ error: refusal["not-found"] }).refine(isWellFormedToken, refusal["not-found"]);

export const cancelCall = publicAction(
  {
    schema: z.object({ token: manageToken, reason: z.preprocess((value) => value ?? "", cancelReasonSchema) }),
    secret: ["token"],
    firstOfRepeated: true,
  },
  async ({ token, reason }) => {
    const tokenHash = hashManageToken(token);
    const claim = await claimMeetingChange({ call: tokenHash });
    if (!claim.allowed) return tooManyChanges(claim.retryAfterMs);
    const result = await cancelCallByLink(tokenHash, reason, (booking) => bookingCancelledEmails(booking, "visitor"));
    // Refusals send no email, so they use up nothing (an unknown token still counts: it is guessing).
    if (!result.ok && result.reason !== "not-found") await claim.release();
    if (!result.ok) return fail(refusal[result.reason]);
    revalidateSchedule();
    redirect(`/book/manage/${token}?cancelled=1`);
  },
);

export const rescheduleCall = publicAction(
  { schema: z.object({ token: manageToken }), secret: ["token"], firstOfRepeated: true },
  async ({ token }, formData) => {
    const slot = slotSchema.safeParse({ expert: formData.get("expert"), start: formData.get("start") });
    if (!slot.success) return fail("Choose a new time from the list.");
    const timeZone = parseTimeZone(formData.get("tz"));
    const target = { expertId: slot.data.expert, start: slot.data.start };
    const tokenHash = hashManageToken(token);
    const claim = await claimMeetingChange({ call: tokenHash });
    if (!claim.allowed) return tooManyChanges(claim.retryAfterMs);
    const result = await moveCallByLink(tokenHash, target, (booking, previous) =>
      bookingRescheduledEmails(booking, token, previous),
    );
    if (!result.ok && result.reason !== "not-found") await claim.release();
    if (result.ok || result.reason === "taken") revalidateSchedule();
    if (!result.ok) {
      const alternatives =
        result.reason === "taken"
          ? await alternativesNear(
              target.start,
              timeZone,
              (alt) =>
                `/book/manage/${token}/move?${new URLSearchParams({ expert: String(alt.expertId), start: String(alt.start), tz: timeZone })}`,
            )
          : undefined;
      return { ...fail(refusal[result.reason]), alternatives };
    }
    redirect(`/book/manage/${token}?moved=1`);
  },
);
