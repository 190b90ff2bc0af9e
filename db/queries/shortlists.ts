import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull } from "drizzle-orm";
import { publicName } from "@/domain/directory";
import { notAFitReasonLabels } from "@/domain/labels";
import { salaryBand } from "@/domain/money";
import { initialsOf, utcOffsetLabel, workdayOverlapHours } from "@/domain/shortlist";
import type {
  CandidateAnswer,
  CandidateStage,
  NotAFitReason,
  ProposalOutcome,
  Recommendation,
} from "@/domain/vocabulary";
import { type Db, db, transaction } from "../index";
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
import { candidateBase } from "./admin/shared";
import { publicHistoriesOf } from "./directory";
import { assertRole, assertStaff, type SessionUser } from "./users";
import { vettingSummaries } from "./vetting-summary";

/*
 * The shortlist loop: a talent manager proposes candidates on a request, each candidate says whether
 * they are interested, the manager sends the interested ones to the company as a private link, and
 * the company answers each one. Every function here checks who may do it: staff by role, a candidate
 * by owning the proposal, a company by holding the link's token (its hash), which opens one request.
 */

/** Statuses a request moves on from when its shortlist is sent, or when the company asks to interview. */
const BEFORE_PROPOSAL = ["new", "contacted", "qualified"] as const;
export const BEFORE_INTERVIEWING = [...BEFORE_PROPOSAL, "proposal"] as const;

/** The link of a request that still works: not revoked, not expired (the newest; sending revokes older ones). */
const liveLink = (requestId: number, now: Date) =>
  and(eq(shortlists.requestId, requestId), isNull(shortlists.revokedAt), gt(shortlists.expiresAt, now));

/**
 * The talent manager who hears about a request: its assignee, else `fallback` (whoever acted on it:
 * proposed the candidate, sent the link), while their account is active; null when neither is.
 */
export async function managerOf(
  reader: Pick<Db, "select">,
  request: { assigneeId: number | null },
  fallback: number | null,
) {
  const id = request.assigneeId ?? fallback;
  if (id === null) return null;
  const [manager] = await reader
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)))
    .limit(1);
  return manager ?? null;
}

// ─── Staff ────────────────────────────────────────────────────────────────────────────────────────

/** What a candidate is told when they are proposed (the email is built by the caller). */
export type ProposalNotice = {
  candidate: { name: string; email: string };
  role: string;
  seniority: string;
  /** Null when the manager withholds the company's name until both sides said yes. */
  company: string | null;
};

/** The candidate (a live candidate account) and the request a proposal would link; null when either is gone. */
export async function findProposable(tx: Pick<Db, "select">, requestId: number, candidateId: number) {
  const [candidate] = await tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.id, candidateId), candidateBase))
    .limit(1);
  const [request] = await tx
    .select({ company: contactRequests.company, role: contactRequests.role, seniority: contactRequests.seniority })
    .from(contactRequests)
    .where(eq(contactRequests.id, requestId))
    .limit(1);
  return candidate && request ? { candidate, request } : null;
}

/**
 * Links a candidate to a request, once: false when they were already proposed there. No manager
 * proposes (`proposedById` null) when a company asks for the candidate from the directory.
 */
export async function insertProposal(
  tx: Pick<Db, "insert">,
  proposal: {
    requestId: number;
    candidateId: number;
    proposedById: number | null;
    companyNameShown: boolean;
    createdAt?: Date;
  },
) {
  const inserted = await tx.insert(proposals).values(proposal).onConflictDoNothing().returning({ id: proposals.id });
  return inserted.length === 1;
}

/** The request's proposals as the manager works them, and the link the company holds now. */
export async function getShortlistBoard(actor: SessionUser, requestId: number, now = new Date()) {
  assertStaff(actor);
  const rows = await db
    .select({
      id: proposals.id,
      candidateId: proposals.candidateId,
      name: users.name,
      note: proposals.note,
      companyNameShown: proposals.companyNameShown,
      candidateAnswer: proposals.candidateAnswer,
      sharedAt: proposals.sharedAt,
      companyAnswer: proposals.companyAnswer,
      companyReason: proposals.companyReason,
      companyComment: proposals.companyComment,
      outcome: proposals.outcome,
      outcomeReason: proposals.outcomeReason,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .where(eq(proposals.requestId, requestId))
    .orderBy(asc(proposals.createdAt), asc(proposals.id));
  const [link] = await db
    .select({ sentTo: shortlists.sentTo, sentAt: shortlists.createdAt, expiresAt: shortlists.expiresAt })
    .from(shortlists)
    .where(liveLink(requestId, now))
    .orderBy(desc(shortlists.createdAt), desc(shortlists.id))
    .limit(1);
  return {
    proposals: rows.map((row) => ({
      ...row,
      companyReason: row.companyReason ? reasonLabel(row.companyReason) : null,
    })),
    link: link ?? null,
  };
}

const reasonLabel = (reason: string) => notAFitReasonLabels[reason as NotAFitReason] ?? reason;

/** The manager's "why this person" on one proposal of a request. False when there is no such proposal. */
export async function saveProposalNote(actor: SessionUser, requestId: number, proposalId: number, text: string) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const changed = await tx
      .update(proposals)
      .set({ note: text })
      .where(and(eq(proposals.id, proposalId), eq(proposals.requestId, requestId)))
      .returning({ id: proposals.id });
    return changed.length === 1;
  });
}

export type ShortlistInvitation = { to: string; name: string; company: string; count: number; expiresAt: Date };

/**
 * A new shortlist link for the request, inside the open transaction: older links stop working, every
 * interested candidate is marked as shared and the request moves on to "proposal". The caller sends
 * the link (its token is the caller's) and tells the timeline.
 */
export async function issueShortlistLink(
  actor: SessionUser,
  requestId: number,
  link: { tokenHash: string; expiresAt: Date },
  now = new Date(),
) {
  assertStaff(actor);
  return transaction(async (tx): Promise<IssuedLink> => {
    const [request] = await tx
      .select({
        name: contactRequests.name,
        email: contactRequests.email,
        company: contactRequests.company,
        status: contactRequests.status,
      })
      .from(contactRequests)
      .where(eq(contactRequests.id, requestId))
      .limit(1);
    if (!request) return { ok: false, reason: "missing" };
    const interested = await tx
      .select({ id: proposals.id, sharedAt: proposals.sharedAt })
      .from(proposals)
      .innerJoin(users, eq(users.id, proposals.candidateId))
      .where(
        and(
          eq(proposals.requestId, requestId),
          eq(proposals.candidateAnswer, "interested"),
          isNull(users.anonymizedAt),
        ),
      );
    if (interested.length === 0) return { ok: false, reason: "none-interested" };
    await tx
      .update(shortlists)
      .set({ revokedAt: now })
      .where(and(eq(shortlists.requestId, requestId), isNull(shortlists.revokedAt)));
    await tx.insert(shortlists).values({
      requestId,
      tokenHash: link.tokenHash,
      sentTo: request.email,
      sentById: actor.id,
      expiresAt: link.expiresAt,
      createdAt: now,
    });
    const newlyShared = interested.filter((row) => !row.sharedAt).map((row) => row.id);
    if (newlyShared.length > 0)
      await tx.update(proposals).set({ sharedAt: now }).where(inArray(proposals.id, newlyShared));
    const statusChange = (BEFORE_PROPOSAL as readonly string[]).includes(request.status);
    await tx
      .update(contactRequests)
      .set({ ...(statusChange ? { status: "proposal" as const } : {}), updatedAt: now })
      .where(eq(contactRequests.id, requestId));
    return {
      ok: true,
      request,
      count: interested.length,
      statusNote: statusChange ? `; status changed from ${request.status} to proposal` : "",
    };
  });
}

type IssuedLink =
  | {
      ok: true;
      request: { name: string; email: string; company: string };
      count: number;
      /** "; status changed from … to proposal" when it did, for the timeline. */
      statusNote: string;
    }
  | { ok: false; reason: "missing" | "none-interested" };

/** Stops the request's live link at once: false when there was none. */
export async function revokeLiveLink(tx: Pick<Db, "update">, requestId: number, now: Date) {
  const revoked = await tx
    .update(shortlists)
    .set({ revokedAt: now })
    .where(liveLink(requestId, now))
    .returning({ id: shortlists.id });
  return revoked.length > 0;
}

// ─── The candidate ────────────────────────────────────────────────────────────────────────────────

/**
 * The roles a candidate was put forward for, newest first, with the company only when they may know
 * it, and the start of the interview booked on each (a proposal has one confirmed interview at most).
 */
export async function listOwnProposals(actor: SessionUser) {
  assertRole(actor, "candidate");
  const rows = await db
    .select({
      id: proposals.id,
      role: contactRequests.role,
      seniority: contactRequests.seniority,
      developers: contactRequests.developers,
      desiredStart: contactRequests.desiredStart,
      company: contactRequests.company,
      companyNameShown: proposals.companyNameShown,
      candidateAnswer: proposals.candidateAnswer,
      companyAnswer: proposals.companyAnswer,
      proposedAt: proposals.createdAt,
      interviewAt: interviews.startsAt,
    })
    .from(proposals)
    .innerJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
    .leftJoin(interviews, and(eq(interviews.proposalId, proposals.id), eq(interviews.status, "confirmed")))
    .where(eq(proposals.candidateId, actor.id))
    .orderBy(desc(proposals.createdAt), desc(proposals.id));
  return rows.map(({ company, companyNameShown, ...row }) => ({
    ...row,
    // The company's name is theirs to know once the manager shows it, or once both sides said yes.
    company:
      companyNameShown || (row.companyAnswer === "interview" && row.candidateAnswer === "interested") ? company : null,
  }));
}

/**
 * Who hears about a candidate's answer: the request's manager (assigned, else the one who proposed
 * them, else the one who sent the live link: a directory ask is proposed by nobody).
 */
export type CandidateAnswerNotice = {
  answer: "interested" | "declined";
  /** Their answer before this one: the same answer again is no news. */
  previous: CandidateAnswer;
  candidate: { name: string };
  company: string;
  role: string;
  requestId: number;
  /** The company holds a live shortlist link: an interested candidate is on it now. */
  onLiveShortlist: boolean;
  manager: { name: string; email: string } | null;
};

/** The candidate's own proposal, with what answering it needs; null when it is not theirs. */
export async function findOwnProposal(tx: Pick<Db, "select">, candidateId: number, proposalId: number) {
  const [proposal] = await tx
    .select({
      requestId: proposals.requestId,
      companyAnswer: proposals.companyAnswer,
      candidateAnswer: proposals.candidateAnswer,
      sharedAt: proposals.sharedAt,
      proposedById: proposals.proposedById,
      company: contactRequests.company,
      role: contactRequests.role,
      assigneeId: contactRequests.assigneeId,
    })
    .from(proposals)
    .innerJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
    .where(and(eq(proposals.id, proposalId), eq(proposals.candidateId, candidateId)))
    .limit(1);
  return proposal ?? null;
}

/** The request's link that still works (not revoked, not expired), or null. */
export async function findLiveLink(tx: Pick<Db, "select">, requestId: number, now: Date) {
  const [link] = await tx
    .select({ id: shortlists.id, sentById: shortlists.sentById })
    .from(shortlists)
    .where(liveLink(requestId, now))
    .limit(1);
  return link ?? null;
}

/** Stores the candidate's answer; `share` puts them on the shortlist the company holds, now. */
export async function saveCandidateAnswer(
  tx: Pick<Db, "update">,
  proposalId: number,
  answer: "interested" | "declined",
  share: boolean,
  now: Date,
) {
  await tx
    .update(proposals)
    .set({ candidateAnswer: answer, candidateAnsweredAt: now, ...(share ? { sharedAt: now } : {}) })
    .where(eq(proposals.id, proposalId));
}

// ─── The company, through its link ──────────────────────────────────────────────────────────────

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
        reason: row.reason ? reasonLabel(row.reason) : null,
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

/** Marks a request as changed now, moved on to `status` when one is given (won clears a lost reason). */
export async function touchRequest(
  tx: Pick<Db, "update">,
  requestId: number,
  status: "interviewing" | "won" | null,
  now: Date,
) {
  const move = status === "won" ? { status, lostReason: null } : status ? { status } : {};
  await tx
    .update(contactRequests)
    .set({ ...move, updatedAt: now })
    .where(eq(contactRequests.id, requestId));
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

// ─── The outcome ────────────────────────────────────────────────────────────────────────────────

/** A refusal of what follows an interview (its scorecard, a hire) while it has not taken place: it ends at `endsAt`. */
export type InterviewAhead = { ok: false; reason: "interview-ahead"; endsAt: Date };

/**
 * The end of the proposal's booked interview while it has not ended, else null. None booked here is
 * no refusal: the company has the candidate's address once it asks to interview, and may meet them
 * without the site.
 */
export async function interviewAhead(reader: Pick<Db, "select">, proposalId: number, now: Date) {
  const [booked] = await reader
    .select({ endsAt: interviews.endsAt })
    .from(interviews)
    .where(and(eq(interviews.proposalId, proposalId), eq(interviews.status, "confirmed"), gt(interviews.endsAt, now)))
    .limit(1);
  return booked?.endsAt ?? null;
}

/** A proposal of the request, with what recording its outcome needs: the answer, the outcome so far, the request. */
export async function findProposalForOutcome(tx: Pick<Db, "select">, requestId: number, proposalId: number) {
  const [row] = await tx
    .select({
      candidateId: proposals.candidateId,
      name: users.name,
      companyAnswer: proposals.companyAnswer,
      outcome: proposals.outcome,
      company: contactRequests.company,
      status: contactRequests.status,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .innerJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
    .where(and(eq(proposals.id, proposalId), eq(proposals.requestId, requestId)))
    .limit(1);
  return row ?? null;
}

/** Stores how it ended with an interviewed candidate; null clears an outcome recorded earlier. */
export async function saveOutcome(
  tx: Pick<Db, "update">,
  proposalId: number,
  outcome: ProposalOutcome | null,
  reason: string | null,
  now: Date,
) {
  await tx
    .update(proposals)
    .set(
      outcome === null
        ? { outcome: null, outcomeReason: null, outcomeAt: null }
        : { outcome, outcomeReason: reason, outcomeAt: now },
    )
    .where(eq(proposals.id, proposalId));
}
