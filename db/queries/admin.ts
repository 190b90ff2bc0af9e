import "server-only";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { alias, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { type CandidateFilter, ftsPrefixQuery, ftsSkillPhrase, type RequestFilter } from "@/domain/admin-filters";
import { allowedOutcomes, type CallOutcome, canStaffCancel } from "@/domain/call-outcomes";
import { rankCandidates } from "@/domain/matching";
import { db } from "../index";
import {
  activities,
  bookings,
  type CandidateStage,
  type ContactRequestStatus,
  candidateProfiles,
  candidateStageEvents,
  candidateStages,
  contactRequests,
  proposals,
  talentExperts,
  users,
} from "../schema";
import { type BookingDetails, nextIcsSequence, readBookingByTokenHash } from "./bookings";
import { enqueueEmail, type NewEmail } from "./outbox";
import { assertStaff, type SessionUser, STAFF_ROLES } from "./users";

export const PAGE_SIZE = 25;

/** Accounts that can work requests: staff whose account is not deactivated. */
const activeStaff = and(inArray(users.role, [...STAFF_ROLES]), eq(users.active, true));

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
const likeAny = (q: string, ...columns: Parameters<typeof like>[0][]) =>
  or(...columns.map((column) => sql`${column} LIKE ${escapeLike(q)} ESCAPE '\\'`));

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
/** 1970-01-05 was a Monday: weeks are counted from there, so they start on Mondays (UTC). */
const FIRST_MONDAY = 4 * DAY;
const OPEN_REQUEST_STATUSES: ContactRequestStatus[] = ["new", "contacted", "qualified", "proposal"];
const OPEN_CANDIDATE_STAGES: CandidateStage[] = ["submitted", "screening", "technical_interview"];

/** Counts per week for the last `weeks` weeks (this week last). */
function weeklyCounts(column: SQLiteColumn, weeks: number, now: number) {
  const thisWeek = Math.floor((now - FIRST_MONDAY) / WEEK);
  return Array.from({ length: weeks }, (_, index) => {
    const weekStart = (thisWeek - weeks + 1 + index) * WEEK + FIRST_MONDAY;
    // A range count per week reads the index alone; grouping by week number would sort every row first.
    const n = db
      .select({ n: count() })
      .from(column.table)
      .where(and(gte(column, new Date(weekStart)), lt(column, new Date(weekStart + WEEK))))
      .get()?.n;
    return { weekStart: new Date(weekStart), count: n ?? 0 };
  });
}

export async function getOverview(actor: SessionUser, options: { staleDays: number; now?: number }) {
  assertStaff(actor);
  const now = options.now ?? Date.now();
  const staleBefore = new Date(now - options.staleDays * DAY);
  const newRequests =
    db.select({ n: count() }).from(contactRequests).where(eq(contactRequests.status, "new")).get()?.n ?? 0;
  const upcomingCalls =
    db
      .select({ n: count() })
      .from(bookings)
      .where(
        and(
          eq(bookings.status, "confirmed"),
          gte(bookings.startsAt, new Date(now)),
          lt(bookings.startsAt, new Date(now + WEEK)),
        ),
      )
      .get()?.n ?? 0;
  // One count per stage, each a range of the stage index: cheaper than grouping all 100,000 entries.
  const funnel = candidateStages
    .filter((stage) => stage !== "draft")
    .map((stage) => ({
      stage,
      count: db.select({ n: count() }).from(candidateProfiles).where(eq(candidateProfiles.stage, stage)).get()?.n ?? 0,
    }));
  const newCandidates = funnel.find((step) => step.stage === "submitted")?.count ?? 0;
  const staleWhere = and(
    inArray(contactRequests.status, OPEN_REQUEST_STATUSES),
    lt(contactRequests.updatedAt, staleBefore),
  );
  const staleRequests = {
    total: db.select({ n: count() }).from(contactRequests).where(staleWhere).get()?.n ?? 0,
    rows: db
      .select({
        id: contactRequests.id,
        reference: contactRequests.reference,
        company: contactRequests.company,
        status: contactRequests.status,
        lastActivity: contactRequests.updatedAt,
      })
      .from(contactRequests)
      .where(staleWhere)
      .orderBy(asc(contactRequests.updatedAt))
      .limit(5)
      .all(),
  };
  const staleCandidateWhere = and(
    liveProfile,
    inArray(candidateProfiles.stage, OPEN_CANDIDATE_STAGES),
    lt(candidateProfiles.updatedAt, staleBefore),
  );
  const staleCandidateOrder = [asc(candidateProfiles.updatedAt), asc(candidateProfiles.userId)];
  const staleCandidates = {
    total: db.select({ n: count() }).from(candidateProfiles).where(staleCandidateWhere).get()?.n ?? 0,
    // The five chosen from the index first: their names are then looked up for five rows, not for all.
    rows: db
      .select({
        id: users.id,
        name: users.name,
        stage: candidateProfiles.stage,
        lastActivity: candidateProfiles.updatedAt,
      })
      .from(candidateProfiles)
      .innerJoin(users, eq(users.id, candidateProfiles.userId))
      .where(
        inArray(
          candidateProfiles.userId,
          db
            .select({ id: candidateProfiles.userId })
            .from(candidateProfiles)
            .where(staleCandidateWhere)
            .orderBy(...staleCandidateOrder)
            .limit(5),
        ),
      )
      .orderBy(...staleCandidateOrder)
      .all(),
  };
  return {
    newRequests,
    upcomingCalls,
    newCandidates,
    requestsPerWeek: weeklyCounts(contactRequests.createdAt, 12, now),
    applicationsPerWeek: weeklyCounts(candidateProfiles.submittedAt, 12, now),
    funnel,
    staleRequests,
    staleCandidates,
  };
}

export const EXPORT_LIMIT = 50_000;

/**
 * `id IN (the full-text matches)`, to count and to find a page. Counting visits every match anyway,
 * one lookup each. A page of a few hundred matches is found the same way; but a common word matches
 * tens of thousands, and fetching and sorting them all costs more than the page: then the unary plus
 * keeps SQLite from using the id, so it walks the list in its own order, checks each row against the
 * matches and stops once the page is full.
 */
function inSearch(id: SQLiteColumn, table: "request_search" | "candidate_search", match: string) {
  const fts = sql.identifier(table);
  const ids = sql`(SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${match})`;
  const matches = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH ${match}`).n;
  return { count: sql`${id} IN ${ids}`, page: matches > 2_000 ? sql`+${id} IN ${ids}` : sql`${id} IN ${ids}` };
}

const requestOrder = {
  newest: [desc(contactRequests.createdAt), desc(contactRequests.id)],
  oldest: [asc(contactRequests.createdAt), asc(contactRequests.id)],
  company: [
    asc(sql`${contactRequests.company} COLLATE NOCASE`),
    desc(contactRequests.createdAt),
    desc(contactRequests.id),
  ],
  developers: [desc(contactRequests.developers), desc(contactRequests.createdAt), desc(contactRequests.id)],
} satisfies Record<RequestFilter["sort"], SQL[]>;

/** Requests for the list and its CSV: search (substring, through the trigram index), filters, sort, page. */
export async function listRequests(
  actor: SessionUser,
  filter: Omit<RequestFilter, "page"> & { page: number; pageSize?: number },
) {
  assertStaff(actor);
  const q = filter.q;
  // Two letters are too few for the trigram index: those searches read every row.
  const search =
    q && q.length >= 3 ? inSearch(contactRequests.id, "request_search", `"${q.replaceAll('"', '""')}"`) : undefined;
  const filters = [
    q && !search
      ? likeAny(q, contactRequests.name, contactRequests.company, contactRequests.emailNormalized)
      : undefined,
    filter.status ? eq(contactRequests.status, filter.status) : undefined,
    filter.assignee === "none"
      ? isNull(contactRequests.assigneeId)
      : filter.assignee !== undefined
        ? eq(contactRequests.assigneeId, filter.assignee === "me" ? actor.id : filter.assignee)
        : undefined,
    filter.seniority ? eq(contactRequests.seniority, filter.seniority) : undefined,
    filter.from ? gte(contactRequests.createdAt, new Date(filter.from.at)) : undefined,
    filter.to ? lt(contactRequests.createdAt, new Date(filter.to.at)) : undefined,
  ];
  const pageSize = filter.pageSize ?? PAGE_SIZE;
  const order = requestOrder[filter.sort];
  const total =
    db
      .select({ n: count() })
      .from(contactRequests)
      .where(and(search?.count, ...filters))
      .get()?.n ?? 0;
  // The page's ids first, from the indexes alone; the rows they skip (page 200 skips 5,000) are never read.
  const pageIds = db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(and(search?.page, ...filters))
    .orderBy(...order)
    .limit(pageSize)
    .offset((filter.page - 1) * pageSize);
  const assignee = alias(users, "assignee");
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
      assignee: assignee.name,
      createdAt: contactRequests.createdAt,
    })
    .from(contactRequests)
    .leftJoin(assignee, eq(assignee.id, contactRequests.assigneeId))
    .where(inArray(contactRequests.id, pageIds))
    .orderBy(...order)
    .all();
  return { rows, total };
}

/** Active staff who can be given a request. */
export async function listAssignees(actor: SessionUser) {
  assertStaff(actor);
  return db.select({ id: users.id, name: users.name }).from(users).where(activeStaff).orderBy(asc(users.name)).all();
}

/** Gives a request to a talent manager (or to nobody); the timeline says who did it. */
export function assignRequest(actor: SessionUser, id: number, assigneeId: number | null) {
  assertStaff(actor);
  return db.transaction(
    (tx) => {
      const request = tx
        .select({ assigneeId: contactRequests.assigneeId })
        .from(contactRequests)
        .where(eq(contactRequests.id, id))
        .get();
      if (!request) return "missing" as const;
      const assignee = assigneeId
        ? tx
            .select({ name: users.name })
            .from(users)
            .where(and(eq(users.id, assigneeId), activeStaff))
            .get()
        : null;
      if (assigneeId && !assignee) return "not-staff" as const;
      if (request.assigneeId === assigneeId) return "unchanged" as const;
      tx.update(contactRequests).set({ assigneeId, updatedAt: new Date() }).where(eq(contactRequests.id, id)).run();
      const body = assignee ? `Assigned to ${assignee.name}` : "Unassigned";
      tx.insert(activities)
        .values({ subjectType: "request", subjectId: id, actorId: actor.id, kind: "status", body })
        .run();
      return "assigned" as const;
    },
    { behavior: "immediate" },
  );
}

function timeline(subjectType: "request" | "candidate", subjectId: number) {
  return db
    .select({
      id: activities.id,
      kind: activities.kind,
      body: activities.body,
      createdAt: activities.createdAt,
      actor: users.name,
    })
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
    .select({
      id: bookings.id,
      reference: bookings.reference,
      startsAt: bookings.startsAt,
      status: bookings.status,
      expert: talentExperts.name,
    })
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(eq(bookings.contactRequestId, id))
    .orderBy(desc(bookings.startsAt))
    .all();
  // The same person's other requests (an earlier lead, a new project), newest first.
  const related = db
    .select({
      id: contactRequests.id,
      reference: contactRequests.reference,
      company: contactRequests.company,
      status: contactRequests.status,
      createdAt: contactRequests.createdAt,
    })
    .from(contactRequests)
    .where(and(eq(contactRequests.emailNormalized, request.emailNormalized), ne(contactRequests.id, id)))
    .orderBy(desc(contactRequests.createdAt))
    .limit(20)
    .all();
  return { ...request, calls, related, timeline: timeline("request", id) };
}

export function setRequestStatus(actor: SessionUser, id: number, status: ContactRequestStatus, reason: string | null) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const current = tx
      .select({ status: contactRequests.status })
      .from(contactRequests)
      .where(eq(contactRequests.id, id))
      .get();
    if (!current) return false;
    tx.update(contactRequests)
      .set({ status, lostReason: status === "lost" ? reason : null, updatedAt: new Date() })
      .where(eq(contactRequests.id, id))
      .run();
    const body = `Status changed from ${current.status} to ${status}${status === "lost" && reason ? `: ${reason}` : ""}`;
    tx.insert(activities)
      .values({ subjectType: "request", subjectId: id, actorId: actor.id, kind: "status", body })
      .run();
    return true;
  });
}

export function addNote(actor: SessionUser, subjectType: "request" | "candidate", subjectId: number, body: string) {
  assertStaff(actor);
  const now = new Date();
  db.transaction((tx) => {
    tx.insert(activities)
      .values({ subjectType, subjectId, actorId: actor.id, kind: "note", body, createdAt: now })
      .run();
    // A note is activity: the subject leaves the overview's "no activity" list.
    if (subjectType === "request")
      tx.update(contactRequests).set({ updatedAt: now }).where(eq(contactRequests.id, subjectId)).run();
    else tx.update(candidateProfiles).set({ updatedAt: now }).where(eq(candidateProfiles.userId, subjectId)).run();
  });
}

const candidateBase = and(eq(users.role, "candidate"), isNull(users.anonymizedAt));

/**
 * `candidateBase` for a query that reads profiles: the same rows (every profile has its user, by
 * foreign key), written as "not one of the few staff or erased accounts" so that counting 100,000
 * profiles does not look each one's user up; users_not_candidate_idx holds exactly those few.
 */
const liveProfile = sql`${candidateProfiles.userId} NOT IN (SELECT id FROM users WHERE role <> 'candidate' OR anonymized_at IS NOT NULL)`;

/** Another candidate account whose address reaches the same inbox (see domain/email-identity.ts). */
/** Only proven addresses count: registering someone else's address (unconfirmed) flags nobody. */
const possibleDuplicate = sql<number>`(${users.emailVerifiedAt} IS NOT NULL AND EXISTS (SELECT 1 FROM users AS twin WHERE twin.email_canonical = ${users.emailCanonical} AND twin.id <> ${users.id} AND twin.role = 'candidate' AND twin.anonymized_at IS NULL AND twin.email_verified_at IS NOT NULL))`;

const candidateOrder = [desc(candidateProfiles.submittedAt), desc(candidateProfiles.userId)];

/** Candidates for the list and its CSV: full-text search (FTS5) and filters, most recently submitted first. */
export async function listCandidates(
  actor: SessionUser,
  filter: Omit<CandidateFilter, "page"> & { page: number; pageSize?: number },
) {
  assertStaff(actor);
  const match = [
    filter.q ? ftsPrefixQuery(filter.q) : undefined,
    filter.skill ? ftsSkillPhrase(filter.skill) : undefined,
  ]
    .filter(Boolean)
    .join(" AND ");
  const search = match ? inSearch(candidateProfiles.userId, "candidate_search", match) : undefined;
  const filters = [
    liveProfile,
    filter.stage ? eq(candidateProfiles.stage, filter.stage) : ne(candidateProfiles.stage, "draft"),
    // The phrase search finds the skill's words; this keeps only exact skills ("Go", not "Google Cloud").
    filter.skill
      ? sql`EXISTS (SELECT 1 FROM json_each(${candidateProfiles.skills}) WHERE lower(json_each.value) = ${filter.skill.toLowerCase()})`
      : undefined,
    filter.seniority ? eq(candidateProfiles.seniority, filter.seniority) : undefined,
    filter.minYears !== undefined ? gte(candidateProfiles.yearsExperience, filter.minYears) : undefined,
    filter.salaryMin !== undefined ? gte(candidateProfiles.expectedSalary, filter.salaryMin) : undefined,
    filter.salaryMax !== undefined ? lte(candidateProfiles.expectedSalary, filter.salaryMax) : undefined,
    filter.availability ? eq(candidateProfiles.availability, filter.availability) : undefined,
  ];
  const pageSize = filter.pageSize ?? PAGE_SIZE;
  const total =
    db
      .select({ n: count() })
      .from(candidateProfiles)
      .where(and(search?.count, ...filters))
      .get()?.n ?? 0;
  // As in listRequests: the page's ids first, then the rows and the accounts for those alone.
  const pageIds = db
    .select({ id: candidateProfiles.userId })
    .from(candidateProfiles)
    .where(and(search?.page, ...filters))
    .orderBy(...candidateOrder)
    .limit(pageSize)
    .offset((filter.page - 1) * pageSize);
  const rows = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      headline: candidateProfiles.headline,
      seniority: candidateProfiles.seniority,
      yearsExperience: candidateProfiles.yearsExperience,
      skills: candidateProfiles.skills,
      expectedSalary: candidateProfiles.expectedSalary,
      salaryCurrency: candidateProfiles.salaryCurrency,
      availability: candidateProfiles.availability,
      stage: candidateProfiles.stage,
      rating: candidateProfiles.rating,
      submittedAt: candidateProfiles.submittedAt,
      possibleDuplicate,
    })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(inArray(candidateProfiles.userId, pageIds))
    .orderBy(...candidateOrder)
    .all();
  return { rows: rows.map((row) => ({ ...row, possibleDuplicate: Boolean(row.possibleDuplicate) })), total };
}

/** 1–5, or null to clear; recorded on the candidate's timeline. */
export function rateCandidate(actor: SessionUser, userId: number, rating: number | null) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const updated = tx
      .update(candidateProfiles)
      .set({ rating, updatedAt: new Date() })
      .where(eq(candidateProfiles.userId, userId))
      .run();
    if (updated.changes === 0) return false;
    const body = rating ? `Rated ${rating} of 5` : "Rating cleared";
    tx.insert(activities)
      .values({ subjectType: "candidate", subjectId: userId, actorId: actor.id, kind: "status", body })
      .run();
    return true;
  });
}

export async function getCandidate(actor: SessionUser, userId: number) {
  assertStaff(actor);
  const row = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailCanonical: users.emailCanonical,
      emailVerifiedAt: users.emailVerifiedAt,
      profile: candidateProfiles,
    })
    .from(users)
    .innerJoin(candidateProfiles, eq(candidateProfiles.userId, users.id))
    .where(and(eq(users.id, userId), candidateBase))
    .get();
  if (!row) return null;
  const { cvFileKey: _key, ...profile } = row.profile;
  const duplicates = row.emailVerifiedAt
    ? db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(
          and(
            candidateBase,
            eq(users.emailCanonical, row.emailCanonical ?? ""),
            ne(users.id, userId),
            isNotNull(users.emailVerifiedAt),
          ),
        )
        .all()
    : [];
  const stages = db
    .select({
      stage: candidateStageEvents.stage,
      reason: candidateStageEvents.reason,
      at: candidateStageEvents.createdAt,
      by: users.name,
    })
    .from(candidateStageEvents)
    .leftJoin(users, eq(users.id, candidateStageEvents.changedById))
    .where(eq(candidateStageEvents.userId, userId))
    .orderBy(desc(candidateStageEvents.createdAt), desc(candidateStageEvents.id))
    .all();
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    profile,
    stages,
    duplicates,
    timeline: timeline("candidate", userId),
  };
}

/**
 * Moves a candidate to a stage: the profile, its history (who and when), the timeline and the
 * email that tells the candidate change together.
 */
export function moveCandidateToStage(
  actor: SessionUser,
  userId: number,
  stage: CandidateStage,
  reason: string | null,
  notify: (candidate: { name: string; email: string }, stage: CandidateStage, reason: string | null) => NewEmail,
) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const current = tx
      .select({ stage: candidateProfiles.stage, name: users.name, email: users.email })
      .from(candidateProfiles)
      .innerJoin(users, eq(users.id, candidateProfiles.userId))
      .where(eq(candidateProfiles.userId, userId))
      .get();
    if (!current) return false;
    if (current.stage !== stage) enqueueEmail(notify(current, stage, reason), tx);
    tx.update(candidateProfiles)
      .set({ stage, updatedAt: new Date() })
      .where(eq(candidateProfiles.userId, userId))
      .run();
    tx.insert(candidateStageEvents).values({ userId, stage, reason, changedById: actor.id }).run();
    tx.insert(activities)
      .values({
        subjectType: "candidate",
        subjectId: userId,
        actorId: actor.id,
        kind: "status",
        body: `Stage changed from ${current.stage} to ${stage}${reason ? `: ${reason}` : ""}`,
      })
      .run();
    return true;
  });
}

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
export function cancelCallAsStaff(
  actor: SessionUser,
  id: number,
  reason: string | null,
  cancelledEmails: (booking: BookingDetails) => NewEmail[],
  now = Date.now(),
) {
  assertStaff(actor);
  return db.transaction(
    (tx) => {
      const current = tx
        .select({ status: bookings.status, endsAt: bookings.endsAt, manageTokenHash: bookings.manageTokenHash })
        .from(bookings)
        .where(eq(bookings.id, id))
        .get();
      if (!current) return "missing" as const;
      if (!canStaffCancel(current, now)) return "not-cancellable" as const;
      tx.update(bookings)
        .set({ status: "cancelled", cancelledAt: new Date(now), cancelReason: reason, icsSequence: nextIcsSequence })
        .where(eq(bookings.id, id))
        .run();
      const booking = readBookingByTokenHash(tx, current.manageTokenHash);
      if (booking) for (const email of cancelledEmails(booking)) enqueueEmail(email, tx);
      return "ok" as const;
    },
    { behavior: "immediate" },
  );
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
    // The 2,000 most recent chosen from the indexes first, so that only their rows are read.
    .where(
      inArray(
        candidateProfiles.userId,
        db
          .select({ id: candidateProfiles.userId })
          .from(candidateProfiles)
          .where(and(liveProfile, inArray(candidateProfiles.stage, MATCHABLE_STAGES)))
          .orderBy(...candidateOrder)
          .limit(2000),
      ),
    )
    .all();
  const ranked = rankCandidates(
    {
      seniority: request.seniority,
      text: `${request.role}\n${request.message}`,
      desiredStart: request.desiredStart,
      budget: request.budget,
    },
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
      return candidate
        ? [
            {
              ...match,
              name: candidate.name,
              headline: candidate.headline,
              stage: candidate.stage,
              proposed: proposedIds.has(candidate.id),
            },
          ]
        : [];
    }),
    proposed,
  };
}

/** Links a candidate to a request (once) and records it on both timelines. */
export function proposeCandidate(actor: SessionUser, requestId: number, candidateId: number) {
  assertStaff(actor);
  return db.transaction((tx) => {
    const candidate = tx
      .select({ name: users.name })
      .from(users)
      .where(and(eq(users.id, candidateId), candidateBase))
      .get();
    const request = tx
      .select({ company: contactRequests.company })
      .from(contactRequests)
      .where(eq(contactRequests.id, requestId))
      .get();
    if (!candidate || !request) return false;
    const inserted = tx
      .insert(proposals)
      .values({ requestId, candidateId, proposedById: actor.id })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 1) {
      tx.insert(activities)
        .values({
          subjectType: "request",
          subjectId: requestId,
          actorId: actor.id,
          kind: "status",
          body: `Proposed ${candidate.name}`,
        })
        .run();
      tx.insert(activities)
        .values({
          subjectType: "candidate",
          subjectId: candidateId,
          actorId: actor.id,
          kind: "status",
          body: `Proposed to ${request.company}`,
        })
        .run();
    }
    return true;
  });
}
