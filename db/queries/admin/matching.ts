import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { rankCandidates } from "@/domain/matching";
import { db } from "../../index";
import { type CandidateStage, candidateProfiles, contactRequests, proposals, users } from "../../schema";
import { assertStaff, type SessionUser } from "../users";
import { candidateOrder, liveProfile } from "./shared";

const MATCHABLE_STAGES: CandidateStage[] = ["submitted", "screening", "technical_interview", "vetted"];

/** Candidates ranked for a request (vetted and in-vetting ones), with reasons, and who was already proposed. */
export async function getMatches(actor: SessionUser, requestId: number, levels: string[], now = new Date()) {
  assertStaff(actor);
  const [request] = await db.select().from(contactRequests).where(eq(contactRequests.id, requestId)).limit(1);
  if (!request) return null;
  const pool = await db
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
      salaryPeriod: candidateProfiles.salaryPeriod,
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
    );
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
  const proposed = await db
    .select({ candidateId: proposals.candidateId, name: users.name, at: proposals.createdAt })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .where(eq(proposals.requestId, requestId))
    .orderBy(asc(proposals.createdAt));
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
