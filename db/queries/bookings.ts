import "server-only";
import { and, asc, eq, gt, gte, inArray, isNull, lt, ne, type SQL, sql } from "drizzle-orm";
import type { CallOutcome } from "@/domain/call-outcomes";
import { callMeetingLink } from "@/domain/meeting-link";
import { type ExpertSchedule, type Interval, isSlotFree, listFreeSlotsForExperts, type Slot } from "@/domain/slots";
import { constraintViolation, isUniqueViolation } from "../errors";
import { type Db, db, transaction } from "../index";
import { bookings, expertTimeOff, expertWorkingHours, talentExperts } from "../schema";
import { newReference } from "./contact-requests";
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

/**
 * The database refused a second confirmed call of an expert at that time: the unique start time (both
 * engines) or, on PostgreSQL, the constraint that no two confirmed calls of an expert overlap.
 */
export const isExpertSlotTaken = (error: unknown) =>
  isUniqueViolation(error, "bookings.expert_id") || constraintViolation(error)?.target === "bookings_no_overlap";

/** The confirmed calls of an address (normalised) that have not started yet. */
export async function upcomingCallsOf(reader: Reader, emailNormalized: string, now: Date) {
  return reader
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(eq(bookings.emailNormalized, emailNormalized), eq(bookings.status, "confirmed"), gt(bookings.startsAt, now)),
    );
}

/** The address's own confirmed call at that expert and time (the address it was booked with), or null. */
export async function findOwnCallAt(
  reader: Reader,
  slot: { expertId: number; start: number },
  emailNormalized: string,
): Promise<{ email: string } | null> {
  const [own] = await reader
    .select({ email: bookings.email })
    .from(bookings)
    .where(
      and(
        eq(bookings.expertId, slot.expertId),
        eq(bookings.startsAt, new Date(slot.start)),
        eq(bookings.status, "confirmed"),
        eq(bookings.emailNormalized, emailNormalized),
      ),
    )
    .limit(1);
  return own ?? null;
}

/** An active expert's schedule and confirmed calls (leaving out `excludeBookingId`), for checking a slot inside a transaction. */
export async function findExpertSchedule(
  reader: Reader,
  expertId: number,
  now: number,
  excludeBookingId?: number,
): Promise<ExpertAvailability | null> {
  const [entry] = await loadAvailability(reader, now, [expertId], excludeBookingId);
  return entry ?? null;
}

/** Calls as every side reads them (soonest first); `where` names one call by a unique key, or an expert's. */
async function readBookings(reader: Reader, where: SQL | undefined) {
  const rows = await reader
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
      meetingRoom: bookings.meetingRoom,
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
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
  return rows.map(({ meetingRoom, expert: { meetingLink: fixedLink, ...expert }, ...booking }) =>
    // Where the call happens: null only for a call booked before calls had rooms, its expert without a link.
    ({ ...booking, expert, meetingLink: callMeetingLink({ fixedLink, room: meetingRoom }) }),
  );
}
export type BookingDetails = Awaited<ReturnType<typeof readBookings>>[number];

async function readBooking(reader: Reader, where: SQL): Promise<BookingDetails | null> {
  const [booking] = await readBookings(reader, where);
  return booking ?? null;
}

/**
 * An expert's calls that start from `since` on, cancelled ones too (their calendar feed removes
 * them); a call moved to another expert is that expert's.
 */
export async function listExpertCalls(expertId: number, since: Date) {
  return await readBookings(db, and(eq(bookings.expertId, expertId), gte(bookings.startsAt, since)));
}

/** Reads a call back inside the transaction that just wrote it. */
async function readBack(reader: Reader, id: number) {
  const booking = await readBooking(reader, eq(bookings.id, id));
  if (!booking) throw new Error("booking vanished inside its own transaction");
  return booking;
}

export async function readBookingByTokenHash(reader: Reader, tokenHash: string) {
  return await readBooking(reader, eq(bookings.manageTokenHash, tokenHash));
}

export async function findBookingById(reader: Reader, id: number) {
  return await readBooking(reader, eq(bookings.id, id));
}

export async function getBookingByTokenHash(tokenHash: string) {
  return await readBooking(db, eq(bookings.manageTokenHash, tokenHash));
}

async function queueEmails(messages: NewEmail[], tx: Db) {
  for (const message of messages) await enqueueEmail(message, tx);
}

/** Confirmed calls can be moved or cancelled online until the cut-off before they start. */
export function canChangeOnline(booking: { status: string; startsAt: Date }, now = Date.now()) {
  return booking.status === "confirmed" && booking.startsAt.getTime() - now >= MANAGE_CUTOFF_MS;
}

/** Every move and cancellation raises the call's iCalendar SEQUENCE, in the same statement as the change. */
const nextIcsSequence = sql`${bookings.icsSequence} + 1`;

export type NewBooking = {
  expertId: number;
  contactRequestId: number;
  startsAt: Date;
  endsAt: Date;
  name: string;
  email: string;
  emailNormalized: string;
  company: string;
  hiringFor: string;
  visitorTimeZone: string;
  manageTokenHash: string;
  /** The call's own video room (domain/meeting-link.ts). */
  meetingRoom: string;
  createdAt: Date;
};

/** Stores a confirmed call with a new reference, and reads it back. */
export async function insertBooking(tx: Db, values: NewBooking): Promise<BookingDetails> {
  const [inserted] = await tx
    .insert(bookings)
    .values({ ...values, reference: newReference("BC") })
    .returning({ id: bookings.id });
  if (!inserted) throw new Error("booking insert returned no row");
  return readBack(tx, inserted.id);
}

/** Stores the call as cancelled (the sequence raised), with the reason its visitor reads, and reads it back. */
export async function saveBookingCancellation(
  tx: Db,
  id: number,
  cancellation: { reason: string | null; now: Date },
): Promise<BookingDetails> {
  await tx
    .update(bookings)
    .set({
      status: "cancelled",
      cancelledAt: cancellation.now,
      cancelReason: cancellation.reason,
      icsSequence: nextIcsSequence,
    })
    .where(eq(bookings.id, id));
  return readBack(tx, id);
}

/** Stores the call at its new expert and time (the sequence raised, the reminder due again), and reads it back. */
export async function saveBookingMove(
  tx: Db,
  id: number,
  target: { expertId: number; startsAt: Date; endsAt: Date },
): Promise<BookingDetails> {
  await tx
    .update(bookings)
    .set({ ...target, reminderSentAt: null, icsSequence: nextIcsSequence })
    .where(eq(bookings.id, id));
  return readBack(tx, id);
}

/** Stores what happened on a call (or clears it: "confirmed"). */
export async function saveCallOutcome(tx: Db, id: number, outcome: CallOutcome) {
  await tx.update(bookings).set({ status: outcome }).where(eq(bookings.id, id));
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
