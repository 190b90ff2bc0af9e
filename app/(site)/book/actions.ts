"use server";

import { redirect } from "next/navigation";
import type { ManageState } from "@/components/booking/manage-forms";
import { after } from "next/server";
import { cancelBookingByTokenHash, createBooking, listOpenSlots, rescheduleBookingByTokenHash } from "@/db/queries/bookings";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { bookingCancelledEmails, bookingConfirmedEmails, bookingRescheduledEmails } from "@/lib/booking-emails";
import { firstErrors, formValues, type FormState } from "@/lib/form-state";
import { deliverDueEmails } from "@/lib/mailer";
import { createManageToken, hashManageToken, isWellFormedToken } from "@/lib/manage-token";
import { clientIp } from "@/lib/request-ip";
import { bookingHref } from "@/lib/slot-links";
import { formatDateTime, nearestSlots } from "@/lib/slots";
import { parseTimeZone } from "@/lib/time-zones";
import { bookingSchema, slotSchema } from "@/lib/validation/booking";

export type AlternativeSlot = { label: string; href: string };
export type BookingFormState = FormState | { status: "taken"; message: string; alternatives: AlternativeSlot[]; values: Record<string, string> };

const BOOKING_LIMIT = { max: 10, windowMs: 60 * 60 * 1000 };
const TAKEN_MESSAGE = "Sorry, that slot was just taken by someone else. Here are the nearest free times:";

async function alternativesNear(start: number, timeZone: string, href: (slot: { expertId: number; start: number }) => string, excludeBookingId?: number) {
  const open = await listOpenSlots(Date.now(), excludeBookingId);
  return nearestSlots(open, start, 6).map((slot) => ({ label: formatDateTime(slot.start, timeZone), href: href(slot) }));
}

function sendEmailsSoon() {
  // Delivery happens after the response is sent; `npm run jobs` retries anything that fails.
  after(() => deliverDueEmails().catch((error) => console.error("[mail] delivery failed", error)));
}

export async function bookCall(_previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const values = formValues(formData);
  const parsed = bookingSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: firstErrors(parsed.error.flatten().fieldErrors), values };
  }
  // A brake on someone filling every free time: a company books one call, rarely a handful.
  if (!consumeRateLimit(`booking:${await clientIp()}`, BOOKING_LIMIT.max, BOOKING_LIMIT.windowMs).allowed) {
    return { status: "error", message: "We have received several bookings from your network in the last hour. Please try again later, or send us a contact request.", fieldErrors: {}, values };
  }
  const { expertId, start, name, email, company, hiringFor } = parsed.data;
  const timeZone = parseTimeZone(parsed.data.tz);
  const token = createManageToken();
  const result = createBooking(
    { expertId, start, name, email, company, hiringFor, visitorTimeZone: timeZone, manageTokenHash: hashManageToken(token) },
    (booking) => bookingConfirmedEmails(booking, token),
  );
  if (!result.ok) {
    return { status: "taken", message: TAKEN_MESSAGE, alternatives: await alternativesNear(start, timeZone, (slot) => bookingHref(slot, timeZone)), values };
  }
  sendEmailsSoon();
  redirect(`/book/manage/${token}?booked=1`);
}


const refusal: Record<"not-found" | "closed" | "cancelled" | "taken", string> = {
  "not-found": "We could not find this booking. Please use the link from your confirmation email.",
  closed: "Calls can no longer be changed online less than 2 hours before they start. Please reply to your confirmation email instead.",
  cancelled: "This call is already cancelled.",
  taken: TAKEN_MESSAGE,
};

export async function cancelCall(_previous: ManageState, formData: FormData): Promise<ManageState> {
  const token = String(formData.get("token") ?? "");
  if (!isWellFormedToken(token)) return { status: "error", message: refusal["not-found"] };
  const result = cancelBookingByTokenHash(hashManageToken(token), bookingCancelledEmails);
  if (!result.ok) return { status: "error", message: refusal[result.reason] };
  sendEmailsSoon();
  redirect(`/book/manage/${token}?cancelled=1`);
}

export async function rescheduleCall(_previous: ManageState, formData: FormData): Promise<ManageState> {
  const token = String(formData.get("token") ?? "");
  const slot = slotSchema.safeParse({ expert: formData.get("expert"), start: formData.get("start") });
  if (!isWellFormedToken(token)) return { status: "error", message: refusal["not-found"] };
  if (!slot.success) return { status: "error", message: "Choose a new time from the list." };
  const timeZone = parseTimeZone(formData.get("tz"));
  const target = { expertId: slot.data.expert, start: slot.data.start };
  const result = rescheduleBookingByTokenHash(hashManageToken(token), target, (booking, previous) => bookingRescheduledEmails(booking, token, previous));
  if (!result.ok) {
    const alternatives =
      result.reason === "taken"
        ? await alternativesNear(target.start, timeZone, (alt) => `/book/manage/${token}/move?${new URLSearchParams({ expert: String(alt.expertId), start: String(alt.start), tz: timeZone })}`)
        : undefined;
    return { status: "error", message: refusal[result.reason], alternatives };
  }
  sendEmailsSoon();
  redirect(`/book/manage/${token}?moved=1`);
}
