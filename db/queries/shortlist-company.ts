import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull } from "drizzle-orm";
import { publicName } from "@/domain/directory";
import { notAFitLabel } from "@/domain/labels";
import { salaryBand } from "@/domain/money";
import { initialsOf, utcOffsetLabel, workdayOverlapHours } from "@/domain/shortlist";
import type { CandidateStage, NotAFitReason, Recommendation } from "@/domain/vocabulary";
import { type Db, db } from "../index";
import {
  bookings,
  candidateProfiles,
  contactRequests,
  interviews,
  proposals,
  type ScorecardRating,
  shortlists,
  users,
} from "../schema";
import { publicHistoriesOf } from "./directory";
import { vettingSummaries } from "./vetting-summary";

/*
 * The shortlist as the company sees it, through its private link: the link's token (its hash) opens
 * one request, and shows the candidates who said yes, as the directory names them until both sides
 * did. The rest of the loop (staff, the candidate, the outcome) is in shortlists.ts.
 */

type PublicHistory = ReturnType<Awaited<ReturnType<typeof publicHistoriesOf>>>;

export type ShortlistCandidate = {
  proposalId: number;
  /** As the directory names them (the name they chose for it, else initials) until both sides said yes, then the full name. */
  displayName: string;
  headline: string;
  seniority: string | null;
  yearsExperience: number | null;
  skills: string[];
  timeZone: string | null;
  /** The zone's offset from UTC today, e.g. "UTC+5:30". */
  utcOffset: string | null;
  /** Hours in common between the candidate's 9:00–17:00 and the company's, when the company's zone is known. */
  overlapHours: number | null;
  englishLevel: string | null;
  availability: string | null;
  earliestStart: string | null;
  salaryBand: string | null;
  note: string;
  /** The vetting stages the candidate passed, oldest first. */
  vetting: CandidateStage[];
  /** Their work history and projects as their directory profile shows them: without the employers' names. */
  positions: PublicHistory["positions"];
  projects: PublicHistory["projects"];
  answer: "pending" | "interview" | "not_a_fit";
  reason: string | null;
  comment: string | null;
  /** The summary of their vetting scorecard, when they agreed to share it. */
  scorecard: { ratings: ScorecardRating[]; recommendation: Recommendation; strengths: string } | null;
  /** The interview booked with them, once there is one. */
  interview: { id: number; startsAt: Date; meetingLink: string; timeZone: string } | null;
  /** Who the candidate is: only once both the candidate and the company said yes. */
  identity: {
    name: string;
    email: string;
    githubUrl: string | null;
    linkedinUrl: string | null;
    portfolioUrl: string | null;
    hasCv: boolean;
  } | null;
};

export type ShortlistView =
  | { state: "missing" }
  | { state: "expired" | "revoked"; company: string }
  | {
      state: "open";
      company: string;
      role: string;
      seniority: string;
      expiresAt: Date;
      /** The reader's zone, else the one the company booked its discovery call in, if any: the overlap is counted against it. */
      companyTimeZone: string | null;
      candidates: ShortlistCandidate[];
    };

/**
 * The shortlist a token opens, or why it does not. `readerZone` is the zone of the person reading, when their browser told
 * us: the hours in common are counted against it, else against the zone of the company's call.
 */
export async function getShortlistByToken(
  tokenHash: string,
  readerZone: string | null = null,
  now = new Date(),
): Promise<ShortlistView> {
  const [link] = await db
    .select({
      requestId: shortlists.requestId,
      expiresAt: shortlists.expiresAt,
      revokedAt: shortlists.revokedAt,
      company: contactRequests.company,
      role: contactRequests.role,
      seniority: contactRequests.seniority,
    })
    .from(shortlists)
    .innerJoin(contactRequests, eq(contactRequests.id, shortlists.requestId))
    .where(eq(shortlists.tokenHash, tokenHash))
    .limit(1);
  if (!link) return { state: "missing" };
  if (link.revokedAt) return { state: "revoked", company: link.company };
  if (link.expiresAt <= now) return { state: "expired", company: link.company };

  const rows = await db
    .select({
      proposalId: proposals.id,
      candidateId: proposals.candidateId,
      name: users.name,
      displayName: candidateProfiles.displayName,
      email: users.email,
      note: proposals.note,
      answer: proposals.companyAnswer,
      reason: proposals.companyReason,
      comment: proposals.companyComment,
      headline: candidateProfiles.headline,
      seniority: candidateProfiles.seniority,
      yearsExperience: candidateProfiles.yearsExperience,
      skills: candidateProfiles.skills,
      timeZone: candidateProfiles.timeZone,
      englishLevel: candidateProfiles.englishLevel,
      availability: candidateProfiles.availability,
      earliestStart: candidateProfiles.earliestStart,
      expectedSalary: candidateProfiles.expectedSalary,
      salaryCurrency: candidateProfiles.salaryCurrency,
      salaryPeriod: candidateProfiles.salaryPeriod,
      githubUrl: candidateProfiles.githubUrl,
      linkedinUrl: candidateProfiles.linkedinUrl,
      portfolioUrl: candidateProfiles.portfolioUrl,
      cvFileKey: candidateProfiles.cvFileKey,
      shareScorecard: candidateProfiles.shareScorecard,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .innerJoin(candidateProfiles, eq(candidateProfiles.userId, proposals.candidateId))
    .where(sharedWith(link.requestId))
    .orderBy(asc(proposals.sharedAt), asc(proposals.id));
  const vettingOf = await vettingSummaries(
    rows.map((row) => row.candidateId),
    rows.filter((row) => row.shareScorecard).map((row) => row.candidateId),
  );
  const historyOf = await publicHistoriesOf(rows.map((row) => row.candidateId));
  const revealedIds = rows.filter((row) => row.answer === "interview").map((row) => row.proposalId);
  const booked = revealedIds.length
    ? await db
        .select({
          id: interviews.id,
          proposalId: interviews.proposalId,
          startsAt: interviews.startsAt,
          meetingLink: interviews.meetingLink,
          timeZone: interviews.companyTimeZone,
        })
        .from(interviews)
        .where(and(inArray(interviews.proposalId, revealedIds), eq(interviews.status, "confirmed")))
    : [];
  const companyTimeZone = readerZone ?? (await companyTimeZoneOf(link.requestId));
  const interviewOf = (proposalId: number) => {
    const entry = booked.find((interview) => interview.proposalId === proposalId);
    return entry
      ? { id: entry.id, startsAt: entry.startsAt, meetingLink: entry.meetingLink, timeZone: entry.timeZone }
      : null;
  };
  return {
    state: "open",
    company: link.company,
    role: link.role,
    seniority: link.seniority,
    expiresAt: link.expiresAt,
    companyTimeZone,
    candidates: rows.map((row) => {
      const revealed = row.answer === "interview";
      return {
        proposalId: row.proposalId,
        displayName: revealed ? row.name : publicName(row.displayName, initialsOf(row.name)),
        headline: row.headline,
        seniority: row.seniority,
        yearsExperience: row.yearsExperience,
        skills: row.skills,
        timeZone: row.timeZone,
        utcOffset: row.timeZone ? utcOffsetLabel(row.timeZone, now.getTime()) : null,
        overlapHours:
          row.timeZone && companyTimeZone ? workdayOverlapHours(companyTimeZone, row.timeZone, now.getTime()) : null,
        englishLevel: row.englishLevel,
        availability: row.availability,
        earliestStart: row.earliestStart,
        salaryBand:
          row.expectedSalary === null ? null : salaryBand(row.expectedSalary, row.salaryCurrency, row.salaryPeriod),
        note: row.note,
        vetting: vettingOf(row.candidateId).stages,
        ...historyOf(row.candidateId),
        answer: row.answer,
        reason: row.reason ? notAFitLabel(row.reason) : null,
        comment: row.comment,
        scorecard: vettingOf(row.candidateId).scorecard,
        interview: revealed ? interviewOf(row.proposalId) : null,
        identity: revealed
          ? {
              name: row.name,
              email: row.email,
              githubUrl: row.githubUrl,
              linkedinUrl: row.linkedinUrl,
              portfolioUrl: row.portfolioUrl,
              hasCv: row.cvFileKey !== null,
            }
          : null,
      };
    }),
  };
}

/** The zone the company booked its latest discovery call in (null without a call): its working day's zone. */
export async function companyTimeZoneOf(requestId: number): Promise<string | null> {
  const [call] = await db
    .select({ zone: bookings.visitorTimeZone })
    .from(bookings)
    .where(eq(bookings.contactRequestId, requestId))
    .orderBy(desc(bookings.createdAt))
    .limit(1);
  return call?.zone ?? null;
}

/** Proposals the company holding a link may see: shared, the candidate interested, the account live. */
const visibleToCompany = and(
  isNotNull(proposals.sharedAt),
  eq(proposals.candidateAnswer, "interested"),
  isNull(users.anonymizedAt),
);
const sharedWith = (requestId: number) => and(eq(proposals.requestId, requestId), visibleToCompany);

/** The live link a company holds (by its token's hash), with its request; null when closed or unknown. */
export async function findOpenLink(tx: Pick<Db, "select">, tokenHash: string, now: Date) {
  const [link] = await tx
    .select({ id: shortlists.id, requestId: shortlists.requestId, sentById: shortlists.sentById })
    .from(shortlists)
    .where(and(eq(shortlists.tokenHash, tokenHash), isNull(shortlists.revokedAt), gt(shortlists.expiresAt, now)))
    .limit(1);
  return link ?? null;
}

export type CompanyAnswer = { kind: "interview" } | { kind: "not_a_fit"; reason: NotAFitReason; comment: string };

/** Who hears about a company's answer: the request's manager and the candidate. */
export type CompanyAnswerNotice = {
  answer: CompanyAnswer;
  company: string;
  /** Whether the manager told the candidate the company's name when proposing them. */
  companyNameShown: boolean;
  contact: { name: string; email: string };
  requestId: number;
  role: string;
  candidate: { name: string; email: string; initials: string };
  /** The assigned manager, else the one who sent the shortlist; null when neither has an account any more. */
  manager: { name: string; email: string } | null;
};

/** A proposal the link's company sees (shared, the candidate interested, the account live), with its answer so far. */
export async function findSharedProposal(tx: Pick<Db, "select">, requestId: number, proposalId: number) {
  const [row] = await tx
    .select({
      companyAnswer: proposals.companyAnswer,
      candidateId: proposals.candidateId,
      candidateName: users.name,
      candidateEmail: users.email,
      companyNameShown: proposals.companyNameShown,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .where(and(eq(proposals.id, proposalId), sharedWith(requestId)))
    .limit(1);
  return row ?? null;
}

/** What a company's answer needs of its request: the contact, the role, the status and who manages it. */
export async function findRequestForAnswer(tx: Pick<Db, "select">, requestId: number) {
  const [request] = await tx
    .select({
      company: contactRequests.company,
      name: contactRequests.name,
      email: contactRequests.email,
      role: contactRequests.role,
      status: contactRequests.status,
      assigneeId: contactRequests.assigneeId,
    })
    .from(contactRequests)
    .where(eq(contactRequests.id, requestId))
    .limit(1);
  return request ?? null;
}

/** Stores the company's answer on a proposal (a not-a-fit keeps its reason and comment). */
export async function saveCompanyAnswer(tx: Pick<Db, "update">, proposalId: number, answer: CompanyAnswer, now: Date) {
  await tx
    .update(proposals)
    .set(
      answer.kind === "interview"
        ? { companyAnswer: "interview", companyAnsweredAt: now }
        : {
            companyAnswer: "not_a_fit",
            companyReason: answer.reason,
            companyComment: answer.comment || null,
            companyAnsweredAt: now,
          },
    )
    .where(eq(proposals.id, proposalId));
}

/**
 * A proposal the company holding the link may meet (both said yes), with its request and candidate:
 * what interviews are booked on. Null for a closed link or any other proposal.
 */
export async function meetableProposal(reader: Pick<Db, "select">, tokenHash: string, proposalId: number, now: Date) {
  const link = await findOpenLink(reader, tokenHash, now);
  if (!link) return null;
  const [row] = await reader
    .select({ candidateId: proposals.candidateId, candidateName: users.name })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .where(and(eq(proposals.id, proposalId), sharedWith(link.requestId), eq(proposals.companyAnswer, "interview")))
    .limit(1);
  return row ? { proposalId, requestId: link.requestId, ...row } : null;
}

/** The CV of a candidate the company holding the link may meet (both said yes), or null. */
export async function getSharedCvFile(tokenHash: string, proposalId: number, now = new Date()) {
  const [row] = await db
    .select({
      key: candidateProfiles.cvFileKey,
      fileName: candidateProfiles.cvFileName,
      contentType: candidateProfiles.cvContentType,
    })
    .from(shortlists)
    .innerJoin(proposals, eq(proposals.requestId, shortlists.requestId))
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .innerJoin(candidateProfiles, eq(candidateProfiles.userId, proposals.candidateId))
    .where(
      and(
        eq(shortlists.tokenHash, tokenHash),
        isNull(shortlists.revokedAt),
        gt(shortlists.expiresAt, now),
        eq(proposals.id, proposalId),
        visibleToCompany,
        eq(proposals.companyAnswer, "interview"),
      ),
    )
    .limit(1);
  if (!row?.key || !row.fileName || !row.contentType) return null;
  return { key: row.key, fileName: row.fileName, contentType: row.contentType };
}
