import "server-only";
import { and, asc, desc, eq, gte, lt } from "drizzle-orm";
import { allowedOutcomes, type CallOutcome, canStaffCancel } from "@/domain/call-outcomes";
import { db, transaction } from "../../index";
import { bookings, talentExperts } from "../../schema";
import { type BookingDetails, nextIcsSequence, readBookingByTokenHash } from "../bookings";
import { enqueueEmail, type NewEmail } from "../outbox";
import { assertStaff, type SessionUser } from "../users";

/** What the calls list and the cancel page show of a call (with its expert's name, joined by the caller). */
const callColumns = {
  id: bookings.id,
  reference: bookings.reference,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  status: bookings.status,
  name: bookings.name,
  email: bookings.email,
  company: bookings.company,
  expert: talentExperts.name,
};

export async function listCalls(
  actor: SessionUser,
  filter: { when: "upcoming" | "past"; expert?: string; limit?: number },
  now = Date.now(),
) {
  assertStaff(actor);
  const upcoming = filter.when === "upcoming";
  return db
    .select({
      ...callColumns,
      hiringFor: bookings.hiringFor,
      contactRequestId: bookings.contactRequestId,
      cancelReason: bookings.cancelReason,
    })
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(
      and(
        upcoming ? gte(bookings.endsAt, new Date(now)) : lt(bookings.endsAt, new Date(now)),
        filter.expert ? eq(talentExperts.slug, filter.expert) : undefined,
      ),
    )
    .orderBy(upcoming ? asc(bookings.startsAt) : desc(bookings.startsAt))
    .limit(filter.limit ?? 200)
    .all();
}

/**
 * Records (or corrects) a call's outcome. The rule is checked again here, against the stored call:
 * the form that offered the choice may be stale, or forged.
 */
export function recordCallOutcome(actor: SessionUser, id: number, outcome: CallOutcome, now = Date.now()) {
  assertStaff(actor);
  return db.transaction(
    (tx) => {
      const current = tx
        .select({ status: bookings.status, startsAt: bookings.startsAt, endsAt: bookings.endsAt })
        .from(bookings)
        .where(eq(bookings.id, id))
        .get();
      if (!current) return "missing" as const;
      if (current.status !== "cancelled" && current.startsAt.getTime() > now) return "not-started" as const;
      if (!allowedOutcomes(current, now).includes(outcome)) return "not-allowed" as const;
      tx.update(bookings).set({ status: outcome }).where(eq(bookings.id, id)).run();
      return "ok" as const;
    },
    { behavior: "immediate" },
  );
}

/** Cancels a confirmed call for staff, with the reason the visitor will read (emails queued in the same transaction). */
export async function cancelCallAsStaff(
  actor: SessionUser,
  id: number,
  reason: string | null,
  cancelledEmails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const [current] = await tx
      .select({ status: bookings.status, endsAt: bookings.endsAt, manageTokenHash: bookings.manageTokenHash })
      .from(bookings)
      .where(eq(bookings.id, id))
      .limit(1);
    if (!current) return "missing" as const;
    if (!canStaffCancel(current, now)) return "not-cancellable" as const;
    await tx
      .update(bookings)
      .set({ status: "cancelled", cancelledAt: new Date(now), cancelReason: reason, icsSequence: nextIcsSequence })
      .where(eq(bookings.id, id));
    const booking = await readBookingByTokenHash(tx, current.manageTokenHash);
    if (booking) for (const email of cancelledEmails(booking)) await enqueueEmail(email, tx);
    return "ok" as const;
  });
}

/** One call for the staff cancel page. */
export async function getCall(actor: SessionUser, id: number) {
  assertStaff(actor);
  const row = db
    .select(callColumns)
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(eq(bookings.id, id))
    .get();
  return row ?? null;
}
