import "server-only";
import { and, asc, desc, eq, gte, lt } from "drizzle-orm";
import { db } from "../../index";
import { bookings, talentExperts } from "../../schema";
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
    .limit(filter.limit ?? 200);
}

/** One call for the staff cancel page. */
export async function getCall(actor: SessionUser, id: number) {
  assertStaff(actor);
  const [row] = await db
    .select(callColumns)
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(eq(bookings.id, id))
    .limit(1);
  return row ?? null;
}
