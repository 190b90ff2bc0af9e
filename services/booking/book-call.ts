import "server-only";
import { env } from "@/config/env";
import { type Db, db, transaction } from "@/db";
import {
  type BookingDetails,
  findExpertSchedule,
  findOwnCallAt,
  insertBooking,
  isExpertSlotTaken,
  upcomingCallsOf,
} from "@/db/queries/bookings";
import { findOpenRequest, insertContactRequest } from "@/db/queries/contact-requests";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { newMeetingRoom } from "@/domain/meeting-link";
import { ok, type Result, refused } from "@/domain/result";
import { isSlotFree } from "@/domain/slots";
import { UNSPECIFIED_SENIORITY } from "@/domain/vocabulary";
import { callData } from "../webhook-events";

export type NewCall = {
  expertId: number;
  start: number;
  name: string;
  email: string;
  company: string;
  hiringFor: string;
  visitorTimeZone: string;
  manageTokenHash: string;
};

/** A company talks to us on one call, rarely two: more upcoming calls for one email are someone filling the calendar. */
export const MAX_UPCOMING_PER_EMAIL = 2;

/**
 * Why a booking is refused, with nothing stored: the time is not (or no longer) free, or the address
 * already has its `MAX_UPCOMING_PER_EMAIL` calls to come.
 */
export type BookCallRefusal = "taken" | "too-many-upcoming";

/** The time is the visitor's own call already (the same form sent again, after Back or twice): `email` is the address it was booked with. */
export type AlreadyBooked = { ok: false; reason: "already-booked"; email: string };

export type BookCallResult = Result<{ booking: BookingDetails }, BookCallRefusal> | AlreadyBooked;

const alreadyBooked = (own: { email: string } | null): AlreadyBooked | null =>
  own ? { ok: false, reason: "already-booked", email: own.email } : null;

/**
 * Books a discovery call. The slot is re-checked inside one transaction (so no other writer can
 * book in between) and the partial unique index is the last word: a concurrent loser gets
 * "taken", never an error — or "already-booked" when the call is its own address's. The call
 * joins (or starts) the company's request, gets its own video room, and its emails are queued with it.
 */
export async function bookDiscoveryCall(
  input: NewCall,
  emails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
): Promise<BookCallResult> {
  const emailNormalized = input.email.toLowerCase();
  try {
    return await transaction(async (tx): Promise<BookCallResult> => {
      const own = alreadyBooked(await findOwnCallAt(tx, input, emailNormalized));
      if (own) return own;
      const entry = await findExpertSchedule(tx, input.expertId, now);
      if (!entry || !isSlotFree(entry.schedule, entry.bookings, input.start, now)) return refused("taken");
      const upcoming = await upcomingCallsOf(tx, emailNormalized, new Date(now));
      if (upcoming.length >= MAX_UPCOMING_PER_EMAIL) return refused("too-many-upcoming");
      const contactRequestId = await joinOrCreateRequest(tx, input, emailNormalized, now);
      const booking = await insertBooking(tx, {
        expertId: input.expertId,
        contactRequestId,
        startsAt: new Date(input.start),
        endsAt: new Date(input.start + entry.schedule.callMinutes * 60_000),
        name: input.name,
        email: input.email,
        emailNormalized,
        company: input.company,
        hiringFor: input.hiringFor,
        visitorTimeZone: input.visitorTimeZone,
        manageTokenHash: input.manageTokenHash,
        meetingRoom: newMeetingRoom(env.MEETING_BASE_URL),
        createdAt: new Date(now),
      });
      for (const email of emails(booking)) await enqueueEmail(email, tx);
      await queueWebhookEvent(tx, "call.booked", { call: callData(booking) });
      return ok({ booking });
    });
  } catch (error) {
    if (isExpertSlotTaken(error))
      return alreadyBooked(await findOwnCallAt(db, input, emailNormalized)) ?? refused("taken");
    throw error;
  }
}

const ROLE_MAX = 80;

/**
 * Every call is a lead: the booking joins the newest open request of the same address, or starts
 * one (inside the booking's transaction, so a refused or lost booking leaves no request behind).
 */
async function joinOrCreateRequest(tx: Db, input: NewCall, emailNormalized: string, now: number) {
  const open = await findOpenRequest(tx, emailNormalized);
  if (open) return open.id;
  const firstLine = input.hiringFor.split(/\r?\n/)[0]?.trim() || input.hiringFor.trim();
  const role = firstLine.length > ROLE_MAX ? `${firstLine.slice(0, ROLE_MAX - 1)}…` : firstLine;
  const created = await insertContactRequest({
    name: input.name,
    email: input.email,
    emailNormalized,
    company: input.company,
    role,
    // The booking form asks for none of these: neutral values the talent manager refines after the call.
    seniority: UNSPECIFIED_SENIORITY,
    developers: 1,
    desiredStart: "later",
    message: `Booked a discovery call. Hiring for: ${input.hiringFor}`,
    sourcePage: "/book",
    // Booking is the visitor asking us to contact them about this call.
    consentAt: new Date(now),
    createdAt: new Date(now),
    updatedAt: new Date(now),
  });
  return created.id;
}
