import "server-only";
import { and, asc, eq, gt, gte, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { type ExpertSchedule, type Interval, isSlotFree, listFreeSlotsForExperts, type Slot } from "@/domain/slots";
import { UNSPECIFIED_SENIORITY } from "@/domain/vocabulary";
import { constraintViolation, isUniqueViolation } from "../errors";
import { type Db, db, transaction } from "../index";
import { bookings, expertTimeOff, expertWorkingHours, talentExperts } from "../schema";
import { findOpenRequest, insertContactRequest, newReference } from "./contact-requests";
import { enqueueEmail, type NewEmail } from "./outbox";

type Reader = Pick<Db, "select">;

/** Calls can no longer be changed from the manage link this close to their start. */
export const MANAGE_CUTOFF_MS = 2 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PublicExpert = { id: number; name: string; title: string; email: string; timeZone: string };
export type ExpertAvailability = { expert: PublicExpert; schedule: ExpertSchedule; bookings: Interval[] };

/** Schedules of the given (or all active) experts with their confirmed calls, read in one consistent pass. */
async function loadAvailability(
  reader: Reader,
  now: number,
  expertIds?: number[],
  excludeBookingId?: number,
): Promise<ExpertAvailability[]> {
  const experts = (
    await reader
      .select()
      .from(talentExperts)
      .where(expertIds ? inArray(talentExperts.id, expertIds) : eq(talentExperts.active, true))
      .orderBy(asc(talentExperts.sortOrder))
  ).filter((expert) => expert.active);
  if (experts.length === 0) return [];
  const ids = experts.map((expert) => expert.id);
  const hours = await reader.select().from(expertWorkingHours).where(inArray(expertWorkingHours.expertId, ids));
  const maxHorizon = Math.max(...experts.map((expert) => expert.horizonDays)) + 2;
  const windowStart = new Date(now - DAY_MS);
  const windowEnd = new Date(now + maxHorizon * DAY_MS);
  const off = await reader
    .select()
    .from(expertTimeOff)
    .where(
      and(
        inArray(expertTimeOff.expertId, ids),
        gt(expertTimeOff.endsAt, windowStart),
        lt(expertTimeOff.startsAt, windowEnd),
      ),
    );
  const booked = await reader
    .select({ id: bookings.id, expertId: bookings.expertId, startsAt: bookings.startsAt, endsAt: bookings.endsAt })
    .from(bookings)
    .where(
      and(
        inArray(bookings.expertId, ids),
        eq(bookings.status, "confirmed"),
        gt(bookings.endsAt, windowStart),
        lt(bookings.startsAt, windowEnd),
        excludeBookingId ? ne(bookings.id, excludeBookingId) : undefined,
      ),
    );

  return experts.map((expert) => ({
    expert: { id: expert.id, name: expert.name, title: expert.title, email: expert.email, timeZone: expert.timeZone },
    schedule: {
      expertId: expert.id,
      timeZone: expert.timeZone,
      workingHours: hours.filter((row) => row.expertId === expert.id),
      timeOff: off
        .filter((row) => row.expertId === expert.id)
        .map((row) => ({ start: row.startsAt.getTime(), end: row.endsAt.getTime() })),
      callMinutes: expert.callMinutes,
      bufferMinutes: expert.bufferMinutes,
      minNoticeMinutes: expert.minNoticeMinutes,
      horizonDays: expert.horizonDays,
      maxCallsPerDay: expert.maxCallsPerDay,
    },
    bookings: booked
      .filter((row) => row.expertId === expert.id)
      .map((row) => ({ start: row.startsAt.getTime(), end: row.endsAt.getTime() })),
  }));
}

export type OfferedSlot = Slot & { expertName: string };

/**
 * Free discovery-call slots across experts. When several experts are free at the same time the
 * visitor sees one slot, given to the first expert in the team's order.
 */
export async function listOpenSlots(now = Date.now(), excludeBookingId?: number): Promise<OfferedSlot[]> {
  const availability = await loadAvailability(db, now, undefined, excludeBookingId);
  const names = new Map(availability.map((entry) => [entry.expert.id, entry.expert.name]));
  const seen = new Set<number>();
  const slots: OfferedSlot[] = [];
  for (const slot of listFreeSlotsForExperts(availability, now)) {
    if (seen.has(slot.start)) continue;
    seen.add(slot.start);
    slots.push({ ...slot, expertName: names.get(slot.expertId) ?? "" });
  }
  return slots;
}

/**
 * Free times for moving a call: the call's own expert first, then the other experts' times at
 * which the own expert is not free (one expert per time, as on the booking page). The call itself
 * is left out of the busy times, so that the times next to it are offered; its own time is not.
 */
export async function listMoveSlots(
  booking: { id: number; expertId: number; startsAt: Date },
  now = Date.now(),
): Promise<{ own: OfferedSlot[]; others: OfferedSlot[] }> {
  const slots = await listOpenSlots(now, booking.id);
  const availability = await loadAvailability(db, now, [booking.expertId], booking.id);
  const own = availability.flatMap((entry) =>
    listFreeSlotsForExperts([entry], now).map((slot) => ({ ...slot, expertName: entry.expert.name })),
  );
  const ownStarts = new Set(own.map((slot) => slot.start));
  return {
    own: own.filter((slot) => slot.start !== booking.startsAt.getTime()),
    others: slots.filter((slot) => slot.expertId !== booking.expertId && !ownStarts.has(slot.start)),
  };
}

export async function getExpertForSlot(expertId: number) {
  const [expert] = await db
    .select({
      id: talentExperts.id,
      name: talentExperts.name,
      title: talentExperts.title,
      timeZone: talentExperts.timeZone,
      callMinutes: talentExperts.callMinutes,
    })
    .from(talentExperts)
    .where(and(eq(talentExperts.id, expertId), eq(talentExperts.active, true)));
  return expert ?? null;
}

export async function isOpenSlot(expertId: number, start: number, now = Date.now(), excludeBookingId?: number) {
  const [entry] = await loadAvailability(db, now, [expertId], excludeBookingId);
  return entry ? isSlotFree(entry.schedule, entry.bookings, start, now) : false;
}

export type NewBookingInput = {
  expertId: number;
  start: number;
  name: string;
  email: string;
  company: string;
  hiringFor: string;
  visitorTimeZone: string;
  manageTokenHash: string;
};

export type BookingResult =
  | { ok: true; booking: BookingDetails }
  | { ok: false; reason: "taken" | "too-many-upcoming" }
  | { ok: false; reason: "already-booked"; email: string };

/**
 * The database refused a second confirmed call of an expert at that time: the unique start time (both
 * engines) or, on PostgreSQL, the constraint that no two confirmed calls of an expert overlap.
 */
const isSlotTaken = (error: unknown) =>
  isUniqueViolation(error, "bookings.expert_id") || constraintViolation(error)?.target === "bookings_no_overlap";

/** A company talks to us on one call, rarely two: more upcoming calls for one email are someone filling the calendar. */
export const MAX_UPCOMING_PER_EMAIL = 2;

/** The confirmed calls of an address (normalised) that have not started yet. */
export async function upcomingCallsOf(reader: Reader, emailNormalized: string, now: Date) {
  return reader
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(eq(bookings.emailNormalized, emailNormalized), eq(bookings.status, "confirmed"), gt(bookings.startsAt, now)),
    );
}

/** The address's own confirmed call at that expert and time: the same form sent again (after Back, or twice). */
async function sameVisitorBooking(reader: Reader, input: NewBookingInput): Promise<BookingResult | null> {
  const [own] = await reader
    .select({ email: bookings.email })
    .from(bookings)
    .where(
      and(
        eq(bookings.expertId, input.expertId),
        eq(bookings.startsAt, new Date(input.start)),
        eq(bookings.status, "confirmed"),
        eq(bookings.emailNormalized, input.email.toLowerCase()),
      ),
    )
    .limit(1);
  return own ? { ok: false, reason: "already-booked", email: own.email } : null;
}

/**
 * Books a slot. The slot is re-checked inside one transaction (so no other writer can
 * book in between) and the partial unique index is the last word: a concurrent loser gets
 * "taken", never an error — or "already-booked" when the call is its own address's.
 */
export async function createBooking(
  input: NewBookingInput,
  emails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
): Promise<BookingResult> {
  try {
    return await transaction(async (tx): Promise<BookingResult> => {
      const own = await sameVisitorBooking(tx, input);
      if (own) return own;
      const [entry] = await loadAvailability(tx, now, [input.expertId]);
      if (!entry || !isSlotFree(entry.schedule, entry.bookings, input.start, now))
        return { ok: false, reason: "taken" } as const;
      const emailNormalized = input.email.toLowerCase();
      const upcoming = await upcomingCallsOf(tx, emailNormalized, new Date(now));
      if (upcoming.length >= MAX_UPCOMING_PER_EMAIL) return { ok: false, reason: "too-many-upcoming" } as const;
      const requestId = await joinOrCreateRequest(tx, input, emailNormalized, now);
      const [inserted] = await tx
        .insert(bookings)
        .values({
          reference: newReference("BC"),
          expertId: input.expertId,
          contactRequestId: requestId,
          startsAt: new Date(input.start),
          endsAt: new Date(input.start + entry.schedule.callMinutes * 60_000),
          name: input.name,
          email: input.email,
          emailNormalized,
          company: input.company,
          hiringFor: input.hiringFor,
          visitorTimeZone: input.visitorTimeZone,
          manageTokenHash: input.manageTokenHash,
          createdAt: new Date(now),
        })
        .returning({ id: bookings.id });
      if (!inserted) throw new Error("booking insert returned no row");
      const booking = await readBooking(tx, eq(bookings.id, inserted.id));
      if (!booking) throw new Error("booking vanished inside its own transaction");
      await queueEmails(emails(booking), tx);
      return { ok: true, booking } as const;
    });
  } catch (error) {
    if (isSlotTaken(error)) return (await sameVisitorBooking(db, input)) ?? { ok: false, reason: "taken" };
    throw error;
  }
}

const ROLE_MAX = 80;

/**
 * Every call is a lead: the booking joins the newest open request of the same address, or starts
 * one (inside the booking's transaction, so a refused or lost booking leaves no request behind).
 */
async function joinOrCreateRequest(tx: Db, input: NewBookingInput, emailNormalized: string, now: number) {
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

async function readBooking(reader: Reader, where: ReturnType<typeof eq>) {
  const [row] = await reader
    .select({
      id: bookings.id,
      reference: bookings.reference,
      status: bookings.status,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      name: bookings.name,
      email: bookings.email,
      company: bookings.company,
      hiringFor: bookings.hiringFor,
      visitorTimeZone: bookings.visitorTimeZone,
      cancelReason: bookings.cancelReason,
      icsSequence: bookings.icsSequence,
      contactRequestId: bookings.contactRequestId,
      expert: {
        id: talentExperts.id,
        name: talentExperts.name,
        title: talentExperts.title,
        email: talentExperts.email,
        timeZone: talentExperts.timeZone,
        meetingLink: talentExperts.meetingLink,
      },
    })
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(where)
    .limit(1);
  return row ?? null;
}
export type BookingDetails = NonNullable<Awaited<ReturnType<typeof readBooking>>>;

export async function readBookingByTokenHash(reader: Reader, tokenHash: string) {
  return await readBooking(reader, eq(bookings.manageTokenHash, tokenHash));
}

export async function getBookingByTokenHash(tokenHash: string) {
  return await readBooking(db, eq(bookings.manageTokenHash, tokenHash));
}

export async function queueEmails(messages: NewEmail[], tx: Pick<Db, "insert">) {
  for (const message of messages) await enqueueEmail(message, tx);
}

/** Confirmed calls can be moved or cancelled online until the cut-off before they start. */
export function canChangeOnline(booking: { status: string; startsAt: Date }, now = Date.now()) {
  return booking.status === "confirmed" && booking.startsAt.getTime() - now >= MANAGE_CUTOFF_MS;
}

/** Every move and cancellation raises the call's iCalendar SEQUENCE, in the same statement as the change. */
export const nextIcsSequence = sql`${bookings.icsSequence} + 1`;

export type ChangeResult =
  | { ok: true; booking: BookingDetails }
  | { ok: false; reason: "not-found" | "closed" | "cancelled" | "taken" };

/** Cancels through the manage link, unless the call is inside the cut-off or already over. */
export async function cancelBookingByTokenHash(
  tokenHash: string,
  reason: string | null,
  emails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
): Promise<ChangeResult> {
  return transaction(async (tx): Promise<ChangeResult> => {
    const booking = await readBooking(tx, eq(bookings.manageTokenHash, tokenHash));
    if (!booking) return { ok: false, reason: "not-found" } as const;
    if (booking.status !== "confirmed") return { ok: false, reason: "cancelled" } as const;
    if (!canChangeOnline(booking, now)) return { ok: false, reason: "closed" } as const;
    await tx
      .update(bookings)
      .set({ status: "cancelled", cancelledAt: new Date(now), cancelReason: reason, icsSequence: nextIcsSequence })
      .where(eq(bookings.id, booking.id));
    const cancelled = {
      ...booking,
      status: "cancelled" as const,
      cancelReason: reason,
      icsSequence: booking.icsSequence + 1,
    };
    await queueEmails(emails(cancelled), tx);
    return { ok: true, booking: cancelled } as const;
  });
}

export type MoveResult = ChangeResult | { ok: false; reason: "unchanged" };

/**
 * Moves a call to another free slot (any expert), keeping the same record and manage link. The
 * call's own expert and time is no move ("unchanged"): nothing is written and nobody is emailed.
 */
export async function rescheduleBookingByTokenHash(
  tokenHash: string,
  target: { expertId: number; start: number },
  emails: (booking: BookingDetails, previous: BookingDetails) => NewEmail[],
  now = Date.now(),
): Promise<MoveResult> {
  try {
    return await transaction(async (tx): Promise<MoveResult> => {
      const booking = await readBooking(tx, eq(bookings.manageTokenHash, tokenHash));
      if (!booking) return { ok: false, reason: "not-found" } as const;
      if (booking.status !== "confirmed") return { ok: false, reason: "cancelled" } as const;
      if (!canChangeOnline(booking, now)) return { ok: false, reason: "closed" } as const;
      if (booking.expert.id === target.expertId && booking.startsAt.getTime() === target.start)
        return { ok: false, reason: "unchanged" } as const;
      const [entry] = await loadAvailability(tx, now, [target.expertId], booking.id);
      if (!entry || !isSlotFree(entry.schedule, entry.bookings, target.start, now))
        return { ok: false, reason: "taken" } as const;
      await tx
        .update(bookings)
        .set({
          expertId: target.expertId,
          startsAt: new Date(target.start),
          endsAt: new Date(target.start + entry.schedule.callMinutes * 60_000),
          reminderSentAt: null,
          icsSequence: nextIcsSequence,
        })
        .where(eq(bookings.id, booking.id));
      const moved = await readBooking(tx, eq(bookings.id, booking.id));
      if (!moved) throw new Error("booking vanished inside its own transaction");
      await queueEmails(emails(moved, booking), tx);
      return { ok: true, booking: moved } as const;
    });
  } catch (error) {
    if (isSlotTaken(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}

/**
 * Queues one reminder for every confirmed call starting within `withinMs`. The booking is marked
 * in the same transaction and the outbox dedupe key includes the start time, so a reminder is
 * never queued twice for the same call, however often the job runs.
 */
export async function queueDueReminders(
  emails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
  withinMs = DAY_MS,
) {
  return transaction(async (tx) => {
    const due = await tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(
        and(
          eq(bookings.status, "confirmed"),
          isNull(bookings.reminderSentAt),
          gte(bookings.startsAt, new Date(now)),
          lt(bookings.startsAt, new Date(now + withinMs)),
        ),
      );
    for (const { id } of due) {
      const booking = await readBooking(tx, eq(bookings.id, id));
      if (!booking) continue;
      await tx
        .update(bookings)
        .set({ reminderSentAt: new Date(now) })
        .where(eq(bookings.id, id));
      await queueEmails(emails(booking), tx);
    }
    return due.length;
  });
}
