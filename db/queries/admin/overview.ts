import "server-only";
import { and, asc, count, eq, gt, gte, inArray, lt, min, type SQL, sql, sum } from "drizzle-orm";
import { type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { hiringFunnel } from "@/domain/hiring-funnel";
import { LIST_COUNT_LIMIT, listTotal } from "@/domain/list-total";
import { openRequestStatuses } from "@/domain/vocabulary";
import { countUpTo } from "../../count";
import { db } from "../../index";
import {
  bookings,
  candidateProfiles,
  candidateStages,
  contactRequests,
  dailyCounts,
  interviews,
  proposals,
  shortlists,
  statusCounts,
  users,
} from "../../schema";
import { assertStaff, type SessionUser } from "../users";
import { liveProfile } from "./shared";

const DAY = 24 * 60 * 60 * 1000;

const WEEK = 7 * DAY;

/** 1970-01-05 was a Monday: weeks are counted from there, so they start on Mondays (UTC). */
const FIRST_MONDAY = 4 * DAY;

/** The hiring funnel follows the requests received in this many days. */
export const HIRING_FUNNEL_DAYS = 90;

const OPEN_CANDIDATE_STAGES: (typeof candidateStages)[number][] = ["submitted", "screening", "technical_interview"];

/** Counts per week for the last `weeks` weeks (this week last), added up from daily_counts (kept by triggers). */
async function weeklyCounts(subject: "request" | "application", weeks: number, now: number) {
  const thisWeek = Math.floor((now - FIRST_MONDAY) / WEEK);
  const firstWeekStart = (thisWeek - weeks + 1) * WEEK + FIRST_MONDAY;
  const days = await db
    .select({ day: dailyCounts.day, n: dailyCounts.n })
    .from(dailyCounts)
    .where(
      and(
        eq(dailyCounts.subject, subject),
        gte(dailyCounts.day, firstWeekStart / DAY),
        lt(dailyCounts.day, (firstWeekStart + weeks * WEEK) / DAY),
      ),
    );
  return Array.from({ length: weeks }, (_, index) => {
    const weekStart = firstWeekStart + index * WEEK;
    const inWeek = days.filter((row) => row.day * DAY >= weekStart && row.day * DAY < weekStart + WEEK);
    return { weekStart: new Date(weekStart), count: inWeek.reduce((sum, row) => sum + row.n, 0) };
  });
}

/** The number of rows a count query found (a count query always returns one row). */
async function countOf(query: PromiseLike<{ n: number }[]>) {
  const [row] = await query;
  return row?.n ?? 0;
}

/** Requests received in the last `days` days and, per step, when each first reached it. */
async function hiringFunnelOf(now: number, days: number) {
  const since = new Date(now - days * DAY);
  const cohort = gte(contactRequests.createdAt, since);
  // Received since then: the rest of that day counted from the index, the days after it from daily_counts.
  const sinceDay = Math.floor(since.getTime() / DAY);
  const restOfFirstDay = await countOf(
    db
      .select({ n: count() })
      .from(contactRequests)
      .where(and(cohort, lt(contactRequests.createdAt, new Date((sinceDay + 1) * DAY)))),
  );
  const [later] = await db
    .select({ n: sum(dailyCounts.n).mapWith(Number) })
    .from(dailyCounts)
    .where(and(eq(dailyCounts.subject, "request"), gt(dailyCounts.day, sinceDay)));
  const received = restOfFirstDay + (later?.n ?? 0);
  // Each step's table is read for the cohort's requests, grouped to the first time per request. The
  // cohort is tested on an expression, not the indexed column: SQLite (without statistics) would
  // otherwise start from the cohort's 270,000 requests and look each one's calls up, not the other way.
  const inCohort = sql`coalesce(${contactRequests.createdAt}, ${contactRequests.createdAt}) >= ${sql.param(since, contactRequests.createdAt)}`;
  const firstTimes = async (requestId: SQLiteColumn, at: SQLiteColumn, where?: SQL) => {
    const rows = await db
      .select({ id: requestId, at: min(at), receivedAt: contactRequests.createdAt })
      .from(requestId.table)
      .innerJoin(contactRequests, eq(contactRequests.id, requestId))
      .where(and(inCohort, where))
      .groupBy(requestId, contactRequests.createdAt);
    return new Map(
      rows.flatMap((row) =>
        typeof row.id === "number" && row.at instanceof Date
          ? [[row.id, { at: row.at.getTime(), receivedAt: row.receivedAt.getTime() }] as const]
          : [],
      ),
    );
  };
  const call = await firstTimes(bookings.contactRequestId, bookings.createdAt, gte(bookings.createdAt, since));
  const shortlist = await firstTimes(shortlists.requestId, shortlists.createdAt, gte(shortlists.createdAt, since));
  const interview = await firstTimes(interviews.requestId, interviews.createdAt, gte(interviews.createdAt, since));
  const hire = await firstTimes(proposals.requestId, proposals.outcomeAt, eq(proposals.outcome, "hired"));
  return hiringFunnel(received, { call, shortlist, interview, hire });
}

export async function getOverview(actor: SessionUser, options: { staleDays: number; now?: number }) {
  assertStaff(actor);
  const now = options.now ?? Date.now();
  const staleBefore = new Date(now - options.staleDays * DAY);
  // Requests per status and profiles per stage, as triggers keep them (status_counts): a few rows, not a count of every row.
  const counts = await db.select().from(statusCounts);
  const countOfStatus = (subject: "request" | "candidate", status: string) =>
    counts.find((row) => row.subject === subject && row.status === status)?.n ?? 0;
  const newRequests = countOfStatus("request", "new");
  const upcomingCalls = await countOf(
    db
      .select({ n: count() })
      .from(bookings)
      .where(
        and(
          eq(bookings.status, "confirmed"),
          gte(bookings.startsAt, new Date(now)),
          lt(bookings.startsAt, new Date(now + WEEK)),
        ),
      ),
  );
  const funnel = candidateStages
    .filter((stage) => stage !== "draft")
    .map((stage) => ({ stage, count: countOfStatus("candidate", stage) }));
  const newCandidates = funnel.find((step) => step.stage === "submitted")?.count ?? 0;
  const staleWhere = and(
    inArray(contactRequests.status, [...openRequestStatuses]),
    lt(contactRequests.updatedAt, staleBefore),
  );
  const staleRequests = {
    // Counted up to the lists' limit: "10,000+" says enough, and counting 300,000 would not be cheap.
    total: listTotal(await countUpTo(contactRequests, staleWhere, LIST_COUNT_LIMIT + 1)),
    rows: await db
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
      .limit(5),
  };
  const staleCandidateWhere = and(
    liveProfile,
    inArray(candidateProfiles.stage, OPEN_CANDIDATE_STAGES),
    lt(candidateProfiles.updatedAt, staleBefore),
  );
  const staleCandidateOrder = [asc(candidateProfiles.updatedAt), asc(candidateProfiles.userId)];
  const staleCandidates = {
    total: listTotal(await countUpTo(candidateProfiles, staleCandidateWhere, LIST_COUNT_LIMIT + 1)),
    // The five chosen from the index first: their names are then looked up for five rows, not for all.
    rows: await db
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
      .orderBy(...staleCandidateOrder),
  };
  return {
    newRequests,
    upcomingCalls,
    newCandidates,
    requestsPerWeek: await weeklyCounts("request", 12, now),
    applicationsPerWeek: await weeklyCounts("application", 12, now),
    funnel,
    hiring: await hiringFunnelOf(now, HIRING_FUNNEL_DAYS),
    staleRequests,
    staleCandidates,
  };
}
