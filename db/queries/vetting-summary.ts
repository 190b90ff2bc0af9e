import "server-only";
import { and, asc, desc, inArray, isNull } from "drizzle-orm";
import { db } from "../index";
import { type CandidateStage, candidateStageEvents, type ScorecardRating, scorecards } from "../schema";

const VETTING_STAGES: CandidateStage[] = ["screening", "technical_interview", "vetted"];

export type ScorecardSummary = {
  ratings: ScorecardRating[];
  recommendation: (typeof scorecards.$inferSelect)["recommendation"];
  strengths: string;
};
export type VettingSummary = { stages: CandidateStage[]; scorecard: ScorecardSummary | null };

/**
 * What a company may read of each candidate's vetting: the stages they passed and, for those who
 * agreed to share it (`sharing`), their latest vetting scorecard's ratings, recommendation and
 * strengths (never the concerns). Shown on shortlists and in the public directory alike.
 */
export async function vettingSummaries(
  candidateIds: number[],
  sharing: number[],
): Promise<(candidateId: number) => VettingSummary> {
  const passed = candidateIds.length
    ? await db
        .select({ userId: candidateStageEvents.userId, stage: candidateStageEvents.stage })
        .from(candidateStageEvents)
        .where(
          and(inArray(candidateStageEvents.userId, candidateIds), inArray(candidateStageEvents.stage, VETTING_STAGES)),
        )
        .orderBy(asc(candidateStageEvents.createdAt))
    : [];
  const cards = sharing.length
    ? await db
        .select({
          candidateId: scorecards.candidateId,
          ratings: scorecards.ratings,
          recommendation: scorecards.recommendation,
          strengths: scorecards.strengths,
        })
        .from(scorecards)
        .where(and(inArray(scorecards.candidateId, sharing), isNull(scorecards.proposalId)))
        .orderBy(desc(scorecards.createdAt), desc(scorecards.id))
    : [];
  return (candidateId) => {
    const card = cards.find((entry) => entry.candidateId === candidateId);
    return {
      stages: [...new Set(passed.filter((event) => event.userId === candidateId).map((event) => event.stage))],
      scorecard: card
        ? { ratings: card.ratings, recommendation: card.recommendation, strengths: card.strengths }
        : null,
    };
  };
}
