import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull } from "drizzle-orm";
import { notAFitLabel } from "@/domain/labels";
import type { CandidateAnswer, ProposalOutcome } from "@/domain/vocabulary";
import { type Db, db, transaction } from "../index";
import { contactRequests, interviews, proposals, shortlists, users } from "../schema";
import { candidateBase } from "./admin/shared";
import { assertRole, assertStaff, type SessionUser } from "./users";

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
export const liveLink = (requestId: number, now: Date) =>
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
      companyReason: row.companyReason ? notAFitLabel(row.companyReason) : null,
    })),
    link: link ?? null,
  };
}

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
      reference: contactRequests.reference,
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
