import "server-only";
import { and, asc, count, eq, gt, gte, max } from "drizzle-orm";
import type { WorkingHours } from "@/domain/slots";
import { slugify, uniqueSlug } from "@/domain/slug";
import type { ExpertInput, TimeOffInput } from "@/domain/validation/expert";
import { db } from "../index";
import { bookings, expertTimeOff, expertWorkingHours, talentExperts } from "../schema";
import { assertStaff, type SessionUser } from "./users";

/** Confirmed calls of an expert that have not ended: they stay booked whatever changes. */
function upcomingCalls(expertId: number, now: number) {
  return (
    db
      .select({ n: count() })
      .from(bookings)
      .where(
        and(eq(bookings.expertId, expertId), eq(bookings.status, "confirmed"), gte(bookings.endsAt, new Date(now))),
      )
      .get()?.n ?? 0
  );
}

export async function listExpertsForEdit(actor: SessionUser) {
  assertStaff(actor);
  const experts = db
    .select({
      id: talentExperts.id,
      slug: talentExperts.slug,
      name: talentExperts.name,
      title: talentExperts.title,
      timeZone: talentExperts.timeZone,
      active: talentExperts.active,
    })
    .from(talentExperts)
    .orderBy(asc(talentExperts.sortOrder), asc(talentExperts.name))
    .all();
  const hours = db
    .select({ expertId: expertWorkingHours.expertId, weekday: expertWorkingHours.weekday })
    .from(expertWorkingHours)
    .all();
  return experts.map((expert) => ({
    ...expert,
    weekdays: [...new Set(hours.filter((row) => row.expertId === expert.id).map((row) => row.weekday))].sort(),
  }));
}

/** One expert with their weekly hours and the time off that is not over yet. */
export async function getExpertForEdit(actor: SessionUser, slug: string, now = Date.now()) {
  assertStaff(actor);
  const expert = db.select().from(talentExperts).where(eq(talentExperts.slug, slug)).get();
  if (!expert) return null;
  const workingHours: WorkingHours[] = db
    .select({
      weekday: expertWorkingHours.weekday,
      startMinute: expertWorkingHours.startMinute,
      endMinute: expertWorkingHours.endMinute,
    })
    .from(expertWorkingHours)
    .where(eq(expertWorkingHours.expertId, expert.id))
    .orderBy(asc(expertWorkingHours.weekday), asc(expertWorkingHours.startMinute))
    .all();
  const timeOff = db
    .select({
      id: expertTimeOff.id,
      startsAt: expertTimeOff.startsAt,
      endsAt: expertTimeOff.endsAt,
      reason: expertTimeOff.reason,
    })
    .from(expertTimeOff)
    .where(and(eq(expertTimeOff.expertId, expert.id), gt(expertTimeOff.endsAt, new Date(now))))
    .orderBy(asc(expertTimeOff.startsAt))
    .all();
  return { expert, workingHours, timeOff, upcomingCalls: upcomingCalls(expert.id, now) };
}

/** The zone an expert's hours and time off are entered in; null when the expert does not exist. */
export async function getExpertTimeZone(actor: SessionUser, id: number) {
  assertStaff(actor);
  return (
    db.select({ timeZone: talentExperts.timeZone }).from(talentExperts).where(eq(talentExperts.id, id)).get()
      ?.timeZone ?? null
  );
}

/**
 * Adds an expert, hidden from the site until a manager has set their hours and made them active.
 * The address comes from the name and never changes afterwards.
 */
export function createExpert(
  actor: SessionUser,
  input: Pick<ExpertInput, "name" | "title" | "bio" | "email" | "timeZone">,
) {
  assertStaff(actor);
  return db.transaction(
    (tx) => {
      const slugs = new Set(
        tx
          .select({ slug: talentExperts.slug })
          .from(talentExperts)
          .all()
          .map((row) => row.slug),
      );
      const slug = uniqueSlug(slugify(input.name, "expert"), (candidate) => slugs.has(candidate));
      const sortOrder =
        (tx
          .select({ value: max(talentExperts.sortOrder) })
          .from(talentExperts)
          .get()?.value ?? -1) + 1;
      tx.insert(talentExperts)
        .values({ ...input, slug, sortOrder, active: false })
        .run();
      return slug;
    },
    { behavior: "immediate" },
  );
}

/** Profile and booking rules; false when the expert does not exist. Past and booked calls are untouched. */
export function updateExpert(actor: SessionUser, id: number, input: ExpertInput) {
  assertStaff(actor);
  const result = db.update(talentExperts).set(input).where(eq(talentExperts.id, id)).run();
  return result.changes > 0 ? { upcomingCalls: upcomingCalls(id, Date.now()) } : null;
}

/** Replaces the whole week at once, so the slot engine never sees half of an edit. */
export function replaceWorkingHours(actor: SessionUser, expertId: number, hours: WorkingHours[]) {
  assertStaff(actor);
  return db.transaction(
    (tx) => {
      if (!tx.select({ id: talentExperts.id }).from(talentExperts).where(eq(talentExperts.id, expertId)).get())
        return false;
      tx.delete(expertWorkingHours).where(eq(expertWorkingHours.expertId, expertId)).run();
      if (hours.length > 0)
        tx.insert(expertWorkingHours)
          .values(hours.map((range) => ({ ...range, expertId })))
          .run();
      return true;
    },
    { behavior: "immediate" },
  );
}

/** Adds (no id) or changes a period of time off; false when the expert or the entry does not exist. */
export function saveTimeOff(actor: SessionUser, expertId: number, id: number | null, input: TimeOffInput) {
  assertStaff(actor);
  if (id !== null)
    return (
      db
        .update(expertTimeOff)
        .set(input)
        .where(and(eq(expertTimeOff.id, id), eq(expertTimeOff.expertId, expertId)))
        .run().changes > 0
    );
  return db.transaction(
    (tx) => {
      if (!tx.select({ id: talentExperts.id }).from(talentExperts).where(eq(talentExperts.id, expertId)).get())
        return false;
      tx.insert(expertTimeOff)
        .values({ ...input, expertId })
        .run();
      return true;
    },
    { behavior: "immediate" },
  );
}

export function deleteTimeOff(actor: SessionUser, expertId: number, id: number) {
  assertStaff(actor);
  return (
    db
      .delete(expertTimeOff)
      .where(and(eq(expertTimeOff.id, id), eq(expertTimeOff.expertId, expertId)))
      .run().changes > 0
  );
}
