import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, lte, ne } from "drizzle-orm";
import { type CandidateFilter, searchWords } from "@/domain/admin-filters";
import { LIST_COUNT_LIMIT, listTotal } from "@/domain/list-total";
import { countUpTo } from "../../count";
import { db, transaction } from "../../index";
import { activities, type CandidateStage, candidateProfiles, candidateStageEvents, users } from "../../schema";
import { candidatesMatching, hasSkill } from "../../search";
import { isListed } from "../directory";
import { enqueueEmail, type NewEmail } from "../outbox";
import { assertStaff, type SessionUser } from "../users";
import { queueWebhookEvent } from "../webhooks";
import { timeline } from "./notes";
import { candidateBase, candidateOrder, liveProfile, PAGE_SIZE, possibleDuplicate } from "./shared";

/**
 * Candidates for the list and its CSV: full-text search and filters, most recently submitted first.
 * The total is counted up to the lists' limit ("10,000+"); `hasNext` says whether a page follows.
 */
export async function listCandidates(
  actor: SessionUser,
  filter: Omit<CandidateFilter, "page"> & { page: number; pageSize?: number },
) {
  assertStaff(actor);
  const search = await candidatesMatching(searchWords(filter.q ?? ""), searchWords(filter.skill ?? "", 20));
  const skill = filter.skill ? await hasSkill(filter.skill) : undefined;
  const filters = and(
    liveProfile,
    filter.stage ? eq(candidateProfiles.stage, filter.stage) : ne(candidateProfiles.stage, "draft"),
    filter.seniority ? eq(candidateProfiles.seniority, filter.seniority) : undefined,
    filter.minYears !== undefined ? gte(candidateProfiles.yearsExperience, filter.minYears) : undefined,
    filter.salaryMin !== undefined ? gte(candidateProfiles.expectedSalary, filter.salaryMin) : undefined,
    filter.salaryMax !== undefined ? lte(candidateProfiles.expectedSalary, filter.salaryMax) : undefined,
    filter.availability ? eq(candidateProfiles.availability, filter.availability) : undefined,
  );
  const pageSize = filter.pageSize ?? PAGE_SIZE;
  const counted = search
    ? await search.countUpTo(and(filters, skill?.count), LIST_COUNT_LIMIT + 1)
    : await countUpTo(candidateProfiles, and(filters, skill?.count), LIST_COUNT_LIMIT + 1);
  // As in listRequests: the page's ids first (and one more), then the rows and the accounts for those alone.
  const pageIds = db
    .select({ id: candidateProfiles.userId })
    .from(candidateProfiles)
    .where(and(filters, skill?.page, search?.page))
    .orderBy(...candidateOrder)
    .limit(pageSize + 1)
    .offset((filter.page - 1) * pageSize);
  const rows = await db
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
      salaryPeriod: candidateProfiles.salaryPeriod,
      availability: candidateProfiles.availability,
      stage: candidateProfiles.stage,
      rating: candidateProfiles.rating,
      submittedAt: candidateProfiles.submittedAt,
      possibleDuplicate,
    })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(inArray(candidateProfiles.userId, pageIds))
    .orderBy(...candidateOrder);
  return {
    rows: rows.slice(0, pageSize).map((row) => ({ ...row, possibleDuplicate: Boolean(row.possibleDuplicate) })),
    total: listTotal(counted),
    hasNext: rows.length > pageSize,
  };
}

/** 1–5, or null to clear; recorded on the candidate's timeline. */
export async function rateCandidate(actor: SessionUser, userId: number, rating: number | null) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const updated = await tx
      .update(candidateProfiles)
      .set({ rating, updatedAt: new Date() })
      .where(eq(candidateProfiles.userId, userId))
      .returning({ userId: candidateProfiles.userId });
    if (updated.length === 0) return false;
    const body = rating ? `Rated ${rating} of 5` : "Rating cleared";
    await tx
      .insert(activities)
      .values({ subjectType: "candidate", subjectId: userId, actorId: actor.id, kind: "status", body });
    return true;
  });
}

export async function getCandidate(actor: SessionUser, userId: number) {
  assertStaff(actor);
  const [row] = await db
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
    .limit(1);
  if (!row) return null;
  const { cvFileKey: _key, ...profile } = row.profile;
  const duplicates = row.emailVerifiedAt
    ? await db
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
    : [];
  const stages = await db
    .select({
      stage: candidateStageEvents.stage,
      reason: candidateStageEvents.reason,
      at: candidateStageEvents.createdAt,
      by: users.name,
    })
    .from(candidateStageEvents)
    .leftJoin(users, eq(users.id, candidateStageEvents.changedById))
    .where(eq(candidateStageEvents.userId, userId))
    .orderBy(desc(candidateStageEvents.createdAt), desc(candidateStageEvents.id));
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    profile,
    stages,
    duplicates,
    timeline: await timeline("candidate", userId),
  };
}

/**
 * Moves a candidate to a stage: the profile, its history (who and when), the timeline and the
 * email that tells the candidate change together. Says whether the move took the profile in or out
 * of the public directory; false when there is no such candidate.
 */
export async function moveCandidateToStage(
  actor: SessionUser,
  userId: number,
  stage: CandidateStage,
  reason: string | null,
  notify: (candidate: { name: string; email: string }, stage: CandidateStage, reason: string | null) => NewEmail,
) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const [current] = await tx
      .select({ stage: candidateProfiles.stage, name: users.name, email: users.email })
      .from(candidateProfiles)
      .innerJoin(users, eq(users.id, candidateProfiles.userId))
      .where(eq(candidateProfiles.userId, userId))
      .limit(1);
    if (!current) return false;
    const wasListed = await isListed(tx, userId);
    if (current.stage !== stage) {
      await enqueueEmail(notify(current, stage, reason), tx);
      await queueWebhookEvent(tx, "candidate.stage_changed", {
        candidate: { id: userId, from: current.stage, to: stage },
      });
    }
    await tx
      .update(candidateProfiles)
      .set({ stage, updatedAt: new Date() })
      .where(eq(candidateProfiles.userId, userId));
    await tx.insert(candidateStageEvents).values({ userId, stage, reason, changedById: actor.id });
    await tx.insert(activities).values({
      subjectType: "candidate",
      subjectId: userId,
      actorId: actor.id,
      kind: "status",
      body: `Stage changed from ${current.stage} to ${stage}${reason ? `: ${reason}` : ""}`,
    });
    // Only "vetted" is listed: leaving it (rejected, placed …) or coming back moves a listed profile.
    return { listingChanged: wasListed !== (await isListed(tx, userId)) };
  });
}
