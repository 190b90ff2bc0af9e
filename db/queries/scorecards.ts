import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { ScorecardAudience } from "@/domain/scorecard-consent";
import { scorecardCompetences } from "@/domain/scorecards";
import type { Recommendation } from "@/domain/vocabulary";
import { db, transaction } from "../index";
import { candidateProfiles, contactRequests, proposals, type ScorecardRating, scorecards, users } from "../schema";
import { logActivity } from "./admin/notes";
import { type InterviewAhead, interviewAhead } from "./shortlists";
import { assertRole, assertStaff, type SessionUser } from "./users";

/** A candidate's scorecards, newest first, and the competences a new one rates. Null for no such candidate. */
export async function getScorecards(actor: SessionUser, candidateId: number) {
  assertStaff(actor);
  const [profile] = await db
    .select({ skills: candidateProfiles.skills })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, candidateId))
    .limit(1);
  if (!profile) return null;
  const rows = await db
    .select({
      id: scorecards.id,
      ratings: scorecards.ratings,
      strengths: scorecards.strengths,
      concerns: scorecards.concerns,
      recommendation: scorecards.recommendation,
      createdAt: scorecards.createdAt,
      author: users.name,
      company: contactRequests.company,
    })
    .from(scorecards)
    .leftJoin(users, eq(users.id, scorecards.authorId))
    .leftJoin(proposals, eq(proposals.id, scorecards.proposalId))
    .leftJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
    .where(eq(scorecards.candidateId, candidateId))
    .orderBy(desc(scorecards.createdAt), desc(scorecards.id));
  const about = await db
    .select({ id: proposals.id, company: contactRequests.company })
    .from(proposals)
    .innerJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
    .where(eq(proposals.candidateId, candidateId));
  return { scorecards: rows, competences: scorecardCompetences(profile.skills), proposals: about };
}

export type NewScorecard = {
  proposalId: number | null;
  ratings: ScorecardRating[];
  strengths: string;
  concerns: string;
  recommendation: Recommendation;
};

export type ScorecardResult = { ok: true } | { ok: false; reason: "missing" } | InterviewAhead;

/**
 * Records a scorecard on the candidate's timeline (and the request's, for an interview). A vetting
 * scorecard may be written any time; one about an interview waits until the interview booked on that
 * proposal has ended. Missing for a wrong candidate or proposal.
 */
export async function addScorecard(
  actor: SessionUser,
  candidateId: number,
  input: NewScorecard,
  now = new Date(),
): Promise<ScorecardResult> {
  assertStaff(actor);
  return transaction(async (tx): Promise<ScorecardResult> => {
    const [candidate] = await tx
      .select({ name: users.name })
      .from(candidateProfiles)
      .innerJoin(users, eq(users.id, candidateProfiles.userId))
      .where(eq(candidateProfiles.userId, candidateId))
      .limit(1);
    if (!candidate) return { ok: false, reason: "missing" };
    let requestId: number | null = null;
    if (input.proposalId !== null) {
      const [proposal] = await tx
        .select({ requestId: proposals.requestId })
        .from(proposals)
        .where(and(eq(proposals.id, input.proposalId), eq(proposals.candidateId, candidateId)))
        .limit(1);
      if (!proposal) return { ok: false, reason: "missing" };
      const endsAt = await interviewAhead(tx, input.proposalId, now);
      if (endsAt) return { ok: false, reason: "interview-ahead", endsAt };
      requestId = proposal.requestId;
    }
    const { proposalId, ratings, strengths, concerns, recommendation } = input;
    await tx
      .insert(scorecards)
      .values({ candidateId, authorId: actor.id, proposalId, ratings, strengths, concerns, recommendation });
    const body = `Scorecard (${input.proposalId === null ? "vetting" : "interview"}): ${input.recommendation.replace("_", " ")}`;
    await logActivity(tx, "candidate", candidateId, body, actor.id);
    if (requestId !== null) await logActivity(tx, "request", requestId, `${body} for ${candidate.name}`, actor.id);
    return { ok: true };
  });
}

/** The column that holds the candidate's consent for each audience of their scorecard's summary. */
const consentColumn = {
  shortlists: "shareScorecard",
  directory: "shareScorecardPublic",
} as const satisfies Record<ScorecardAudience, keyof typeof candidateProfiles.$inferSelect>;

/** The candidate's own choice to show their vetting scorecard's summary to one audience (see SCORECARD_AUDIENCES). */
export async function setOwnScorecardSharing(actor: SessionUser, audience: ScorecardAudience, share: boolean) {
  assertRole(actor, "candidate");
  await transaction(async (tx) => {
    await tx
      .update(candidateProfiles)
      .set({ [consentColumn[audience]]: share, updatedAt: new Date() })
      .where(eq(candidateProfiles.userId, actor.id));
  });
}

/** To which audiences the candidate shows it, and whether there is a vetting scorecard to share. */
export async function getOwnScorecardSharing(actor: SessionUser) {
  assertRole(actor, "candidate");
  const [profile] = await db
    .select({ shortlists: candidateProfiles.shareScorecard, directory: candidateProfiles.shareScorecardPublic })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, actor.id))
    .limit(1);
  const [vetting] = await db
    .select({ id: scorecards.id })
    .from(scorecards)
    .where(and(eq(scorecards.candidateId, actor.id), isNull(scorecards.proposalId)))
    .limit(1);
  const shared: Record<ScorecardAudience, boolean> = {
    shortlists: profile?.shortlists ?? false,
    directory: profile?.directory ?? false,
  };
  return { shared, exists: vetting !== undefined };
}
