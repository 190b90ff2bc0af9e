import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNull, like, ne, or, sql } from "drizzle-orm";
import { rankCandidates } from "@/lib/matching";
import { db } from "../index";
import {
  activities,
  bookings,
  candidateProfiles,
  candidateStageEvents,
  contactRequests,
  proposals,
  talentExperts,
  users,
  type CandidateStage,
  type ContactRequestStatus,
} from "../schema";
import { readBookingByTokenHash, type BookingDetails } from "./bookings";
import { enqueueEmail, type NewEmail } from "./outbox";
import { assertRole, type SessionUser } from "./users";

export const PAGE_SIZE = 25;

const assertStaff = (actor: SessionUser) => assertRole(actor, "admin", "manager");

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
const likeAny = (q: string, ...columns: Parameters<typeof like>[0][]) =>
  or(...columns.map((column) => sql`${column} LIKE ${escapeLike(q)} ESCAPE '\\'`));

export async function getOverview(actor: SessionUser, now = Date.now()) {
  assertStaff(actor);
  const week = new Date(now + 7 * 24 * 60 * 60 * 1000);
  const newRequests = db.select({ n: count() }).from(contactRequests).where(eq(contactRequests.status, "new")).get()?.n ?? 0;
  const upcomingCalls = db
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.status, "confirmed"), gte(bookings.startsAt, new Date(now)), sql`${bookings.startsAt} < ${week.getTime()}`))
    .get()?.n ?? 0;
  const newCandidates = db.select({ n: count() }).from(candidateProfiles).where(eq(candidateProfiles.stage, "submitted")).get()?.n ?? 0;
  return { newRequests, upcomingCalls, newCandidates };
}

export const EXPORT_LIMIT = 50_000;

export async function listRequests(actor: SessionUser, filter: { q?: string; status?: ContactRequestStatus; page: number; pageSize?: number }) {
  assertStaff(actor);
  const where = and(
    filter.q ? likeAny(filter.q, contactRequests.name, contactRequests.company, contactRequests.emailNormalized) : undefined,
    filter.status ? eq(contactRequests.status, filter.status) : undefined,
  );
  const total = db.select({ n: count() }).from(contactRequests).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: contactRequests.id,
      reference: contactRequests.reference,
      name: contactRequests.name,
      company: contactRequests.company,
      email: contactRequests.email,
      seniority: contactRequests.seniority,
      developers: contactRequests.developers,
      status: contactRequests.status,
      createdAt: contactRequests.createdAt,
    })
    .from(contactRequests)
    .where(where)
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .limit(filter.pageSize ?? PAGE_SIZE)
    .offset((filter.page - 1) * (filter.pageSize ?? PAGE_SIZE))
    .all();
  return { rows, total };
}

function timeline(subjectType: "request" | "candidate", subjectId: number) {
  return db
    .select({ id: activities.id, kind: activities.kind, body: activities.body, createdAt: activities.createdAt, actor: users.name })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.actorId))
    .where(and(eq(activities.subjectType, subjectType), eq(activities.subjectId, subjectId)))
    .orderBy(desc(activities.createdAt), desc(activities.id))
    .all();
}

export async function getRequest(actor: SessionUser, id: number) {
  assertStaff(actor);
  const request = db.select().from(contactRequests).where(eq(contactRequests.id, id)).get();
  if (!request) return null;
  const calls = db
    .select({ id: bookings.id, reference: bookings.reference, startsAt: bookings.startsAt, status: bookings.status, expert: talentExperts.name })
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(eq(bookings.contactRequestId, id))
    .orderBy(desc(bookings.startsAt))
    .all();
  return { ...request, calls, timeline: timeline("request", id) };
}

export function setRequestStatus(actor: SessionUser, id: number, status: ContactRequestStatus, reason: string | null) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const current = tx.select({ status: contactRequests.status }).from(contactRequests).where(eq(contactRequests.id, id)).get();
    if (!current) return false;
    tx.update(contactRequests)
      .set({ status, lostReason: status === "lost" ? reason : null, updatedAt: new Date() })
      .where(eq(contactRequests.id, id))
      .run();
    const body = `Status changed from ${current.status} to ${status}${status === "lost" && reason ? `: ${reason}` : ""}`;
    tx.insert(activities).values({ subjectType: "request", subjectId: id, actorId: actor.id, kind: "status", body }).run();
    return true;
  });
}

export function addNote(actor: SessionUser, subjectType: "request" | "candidate", subjectId: number, body: string) {
  assertStaff(actor);
  db.insert(activities).values({ subjectType, subjectId, actorId: actor.id, kind: "note", body }).run();
}

const candidateBase = and(eq(users.role, "candidate"), isNull(users.anonymizedAt));

export async function listCandidates(actor: SessionUser, filter: { q?: string; stage?: CandidateStage; page: number; pageSize?: number }) {
  assertStaff(actor);
  const where = and(
    candidateBase,
    filter.stage ? eq(candidateProfiles.stage, filter.stage) : ne(candidateProfiles.stage, "draft"),
    filter.q ? likeAny(filter.q, users.name, users.emailNormalized, candidateProfiles.headline, candidateProfiles.skills) : undefined,
  );
  const total = db.select({ n: count() }).from(candidateProfiles).innerJoin(users, eq(users.id, candidateProfiles.userId)).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: users.id,
      name: users.name,
      headline: candidateProfiles.headline,
      seniority: candidateProfiles.seniority,
      yearsExperience: candidateProfiles.yearsExperience,
      stage: candidateProfiles.stage,
      submittedAt: candidateProfiles.submittedAt,
    })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(where)
    .orderBy(desc(candidateProfiles.submittedAt), desc(users.id))
    .limit(filter.pageSize ?? PAGE_SIZE)
    .offset((filter.page - 1) * (filter.pageSize ?? PAGE_SIZE))
    .all();
  return { rows, total };
}

export async function getCandidate(actor: SessionUser, userId: number) {
  assertStaff(actor);
  const row = db
    .select({ id: users.id, name: users.name, email: users.email, profile: candidateProfiles })
    .from(users)
    .innerJoin(candidateProfiles, eq(candidateProfiles.userId, users.id))
    .where(and(eq(users.id, userId), candidateBase))
    .get();
  if (!row) return null;
  const { cvFileKey: _key, ...profile } = row.profile;
  const stages = db
    .select({ stage: candidateStageEvents.stage, reason: candidateStageEvents.reason, at: candidateStageEvents.createdAt, by: users.name })
    .from(candidateStageEvents)
    .leftJoin(users, eq(users.id, candidateStageEvents.changedById))
    .where(eq(candidateStageEvents.userId, userId))
    .orderBy(desc(candidateStageEvents.createdAt), desc(candidateStageEvents.id))
    .all();
  return { id: row.id, name: row.name, email: row.email, profile, stages, timeline: timeline("candidate", userId) };
}

/** Moves a candidate to a stage: the profile, its history (who and when) and the timeline change together. */
export function moveCandidateToStage(actor: SessionUser, userId: number, stage: CandidateStage, reason: string | null) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const current = tx.select({ stage: candidateProfiles.stage }).from(candidateProfiles).where(eq(candidateProfiles.userId, userId)).get();
    if (!current) return false;
    tx.update(candidateProfiles).set({ stage, updatedAt: new Date() }).where(eq(candidateProfiles.userId, userId)).run();
    tx.insert(candidateStageEvents).values({ userId, stage, reason, changedById: actor.id }).run();
    tx.insert(activities)
      .values({ subjectType: "candidate", subjectId: userId, actorId: actor.id, kind: "status", body: `Stage changed from ${current.stage} to ${stage}${reason ? `: ${reason}` : ""}` })
      .run();
    return true;
  });
}

export async function listCalls(actor: SessionUser, filter: { when: "upcoming" | "past"; limit?: number }, now = Date.now()) {
  assertStaff(actor);
  const upcoming = filter.when === "upcoming";
  return db
    .select({
      id: bookings.id,
      reference: bookings.reference,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      name: bookings.name,
      email: bookings.email,
      company: bookings.company,
      hiringFor: bookings.hiringFor,
      contactRequestId: bookings.contactRequestId,
      expert: talentExperts.name,
    })
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(upcoming ? gte(bookings.endsAt, new Date(now)) : sql`${bookings.endsAt} < ${now}`)
    .orderBy(upcoming ? asc(bookings.startsAt) : desc(bookings.startsAt))
    .limit(filter.limit ?? 200)
    .all();
}

/** Marks a call completed or missed, or cancels it (queuing the emails in the same transaction). */
export function setCallStatus(actor: SessionUser, id: number, status: "completed" | "no_show" | "cancelled", cancelledEmails: (booking: BookingDetails) => NewEmail[]) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const current = tx.select({ status: bookings.status, manageTokenHash: bookings.manageTokenHash }).from(bookings).where(eq(bookings.id, id)).get();
    if (!current) return false;
    tx.update(bookings)
      .set({ status, cancelledAt: status === "cancelled" ? new Date() : null })
      .where(eq(bookings.id, id))
      .run();
    if (status === "cancelled" && current.status === "confirmed") {
      const booking = readBookingByTokenHash(tx, current.manageTokenHash);
      if (booking) for (const email of cancelledEmails(booking)) enqueueEmail(email, tx);
    }
    return true;
  });
}

const MATCHABLE_STAGES: CandidateStage[] = ["submitted", "screening", "technical_interview", "vetted"];

/** Candidates ranked for a request (vetted and in-vetting ones), with reasons, and who was already proposed. */
export async function getMatches(actor: SessionUser, requestId: number, levels: string[], now = new Date()) {
  assertStaff(actor);
  const request = db.select().from(contactRequests).where(eq(contactRequests.id, requestId)).get();
  if (!request) return null;
  const pool = db
    .select({
      id: users.id,
      name: users.name,
      headline: candidateProfiles.headline,
      stage: candidateProfiles.stage,
      seniority: candidateProfiles.seniority,
      skills: candidateProfiles.skills,
      availability: candidateProfiles.availability,
      earliestStart: candidateProfiles.earliestStart,
      expectedSalary: candidateProfiles.expectedSalary,
      salaryCurrency: candidateProfiles.salaryCurrency,
    })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(and(candidateBase, inArray(candidateProfiles.stage, MATCHABLE_STAGES)))
    .orderBy(desc(candidateProfiles.submittedAt))
    .limit(2000)
    .all();
  const ranked = rankCandidates(
    { seniority: request.seniority, text: `${request.role}\n${request.message}`, desiredStart: request.desiredStart, budget: request.budget },
    pool,
    levels,
    now,
  );
  const byId = new Map(pool.map((candidate) => [candidate.id, candidate]));
  const proposed = db
    .select({ candidateId: proposals.candidateId, name: users.name, at: proposals.createdAt })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .where(eq(proposals.requestId, requestId))
    .orderBy(asc(proposals.createdAt))
    .all();
  const proposedIds = new Set(proposed.map((row) => row.candidateId));
  return {
    matches: ranked.flatMap((match) => {
      const candidate = byId.get(match.candidateId);
      return candidate ? [{ ...match, name: candidate.name, headline: candidate.headline, stage: candidate.stage, proposed: proposedIds.has(candidate.id) }] : [];
    }),
    proposed,
  };
}

/** Links a candidate to a request (once) and records it on both timelines. */
export function proposeCandidate(actor: SessionUser, requestId: number, candidateId: number) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const candidate = tx.select({ name: users.name }).from(users).where(and(eq(users.id, candidateId), candidateBase)).get();
    const request = tx.select({ company: contactRequests.company }).from(contactRequests).where(eq(contactRequests.id, requestId)).get();
    if (!candidate || !request) return false;
    const inserted = tx.insert(proposals).values({ requestId, candidateId, proposedById: actor.id }).onConflictDoNothing().run();
    if (inserted.changes === 1) {
      tx.insert(activities).values({ subjectType: "request", subjectId: requestId, actorId: actor.id, kind: "status", body: `Proposed ${candidate.name}` }).run();
      tx.insert(activities).values({ subjectType: "candidate", subjectId: candidateId, actorId: actor.id, kind: "status", body: `Proposed to ${request.company}` }).run();
    }
    return true;
  });
}
