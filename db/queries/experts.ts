import "server-only";
import { and, asc, count, eq, gt, gte, max } from "drizzle-orm";
import type { WorkingHours } from "@/domain/slots";
import { slugify, uniqueSlug } from "@/domain/slug";
import type { ExpertInput, TimeOffInput } from "@/domain/validation/expert";
import { type Db, db, transaction } from "../index";
import { changedRows } from "../rows";
import { bookings, expertTimeOff, expertWorkingHours, talentExperts } from "../schema";
import { assertStaff, type SessionUser } from "./users";

/** Confirmed calls of an expert that have not ended: they stay booked whatever changes. */
async function upcomingCalls(reader: Pick<Db, "select">, expertId: number, now: number) {
  const [row] = await reader
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.expertId, expertId), eq(bookings.status, "confirmed"), gte(bookings.endsAt, new Date(now))));
  return row?.n ?? 0;
}

export async function listExpertsForEdit(actor: SessionUser) {
  assertStaff(actor);
  const experts = await db
    .select({
      id: talentExperts.id,
      slug: talentExperts.slug,
      name: talentExperts.name,
      title: talentExperts.title,
      timeZone: talentExperts.timeZone,
      active: talentExperts.active,
    })
    .from(talentExperts)
    .orderBy(asc(talentExperts.sortOrder), asc(talentExperts.name));
  const hours = await db
    .select({ expertId: expertWorkingHours.expertId, weekday: expertWorkingHours.weekday })
    .from(expertWorkingHours);
  return experts.map((expert) => ({
    ...expert,
    weekdays: [...new Set(hours.filter((row) => row.expertId === expert.id).map((row) => row.weekday))].sort(),
  }));
}

/** One expert with their weekly hours and the time off that is not over yet. */
export async function getExpertForEdit(actor: SessionUser, slug: string, now = Date.now()) {
  assertStaff(actor);
  const [expert] = await db.select().from(talentExperts).where(eq(talentExperts.slug, slug)).limit(1);
  if (!expert) return null;
  const workingHours: WorkingHours[] = await db
    .select({
      weekday: expertWorkingHours.weekday,
      startMinute: expertWorkingHours.startMinute,
      endMinute: expertWorkingHours.endMinute,
    })
    .from(expertWorkingHours)
    .where(eq(expertWorkingHours.expertId, expert.id))
    .orderBy(asc(expertWorkingHours.weekday), asc(expertWorkingHours.startMinute));
  const timeOff = await db
    .select({
      id: expertTimeOff.id,
      startsAt: expertTimeOff.startsAt,
      endsAt: expertTimeOff.endsAt,
      reason: expertTimeOff.reason,
    })
    .from(expertTimeOff)
    .where(and(eq(expertTimeOff.expertId, expert.id), gt(expertTimeOff.endsAt, new Date(now))))
    .orderBy(asc(expertTimeOff.startsAt));
  return { expert, workingHours, timeOff, upcomingCalls: await upcomingCalls(db, expert.id, now) };
}

/** The zone an expert's hours and time off are entered in; null when the expert does not exist. */
export async function getExpertTimeZone(actor: SessionUser, id: number) {
  assertStaff(actor);
  const [expert] = await db
    .select({ timeZone: talentExperts.timeZone })
    .from(talentExperts)
    .where(eq(talentExperts.id, id))
    .limit(1);
  return expert?.timeZone ?? null;
}

/**
 * Adds an expert, hidden from the site until a manager has set their hours and made them active.
 * The address comes from the name and never changes afterwards.
 */
export async function createExpert(
  actor: SessionUser,
  input: Pick<ExpertInput, "name" | "title" | "bio" | "email" | "timeZone">,
) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const slugs = new Set((await tx.select({ slug: talentExperts.slug }).from(talentExperts)).map((row) => row.slug));
    const slug = uniqueSlug(slugify(input.name, "expert"), (candidate) => slugs.has(candidate));
    const [highest] = await tx.select({ value: max(talentExperts.sortOrder) }).from(talentExperts);
    const sortOrder = (highest?.value ?? -1) + 1;
    await tx.insert(talentExperts).values({ ...input, slug, sortOrder, active: false });
    return slug;
  });
}

/** Profile and booking rules; false when the expert does not exist. Past and booked calls are untouched. */
export async function updateExpert(actor: SessionUser, id: number, input: ExpertInput) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const result = await tx.update(talentExperts).set(input).where(eq(talentExperts.id, id));
    return changedRows(result) > 0 ? { upcomingCalls: await upcomingCalls(tx, id, Date.now()) } : null;
  });
}

const expertExists = async (reader: Pick<Db, "select">, id: number) =>
  (await reader.select({ id: talentExperts.id }).from(talentExperts).where(eq(talentExperts.id, id)).limit(1)).length >
  0;

/** Replaces the whole week at once, so the slot engine never sees half of an edit. */
export async function replaceWorkingHours(actor: SessionUser, expertId: number, hours: WorkingHours[]) {
  assertStaff(actor);
  return transaction(async (tx) => {
    if (!(await expertExists(tx, expertId))) return false;
    await tx.delete(expertWorkingHours).where(eq(expertWorkingHours.expertId, expertId));
    if (hours.length > 0) await tx.insert(expertWorkingHours).values(hours.map((range) => ({ ...range, expertId })));
    return true;
  });
}

/** Adds (no id) or changes a period of time off; false when the expert or the entry does not exist. */
export async function saveTimeOff(actor: SessionUser, expertId: number, id: number | null, input: TimeOffInput) {
  assertStaff(actor);
  return transaction(async (tx) => {
    if (id !== null) {
      const result = await tx
        .update(expertTimeOff)
        .set(input)
        .where(and(eq(expertTimeOff.id, id), eq(expertTimeOff.expertId, expertId)));
      return changedRows(result) > 0;
    }
    if (!(await expertExists(tx, expertId))) return false;
    await tx.insert(expertTimeOff).values({ ...input, expertId });
    return true;
  });
}

export async function deleteTimeOff(actor: SessionUser, expertId: number, id: number) {
  assertStaff(actor);
  const result = await transaction(async (tx) =>
    tx.delete(expertTimeOff).where(and(eq(expertTimeOff.id, id), eq(expertTimeOff.expertId, expertId))),
  );
  return changedRows(result) > 0;
}
