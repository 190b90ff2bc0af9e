import "server-only";
import { transaction } from "@/db";
import { moveCandidateToStage } from "@/db/queries/admin/candidates";
import { logActivity } from "@/db/queries/admin/notes";
import {
  findProposalForOutcome,
  type InterviewAhead,
  interviewAhead,
  saveOutcome,
  touchRequest,
} from "@/db/queries/shortlists";
import { assertStaff, type SessionUser } from "@/db/queries/users";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { ok, type Result, refused } from "@/domain/result";
import type { ProposalOutcome } from "@/domain/vocabulary";

/**
 * Why an outcome is refused: no such proposal on the request, the company never asked to interview
 * the candidate, the candidate is already hired (a hire is final), or (with its end) the booked
 * interview has not taken place yet.
 */
export type OutcomeResult = Result<{ changed: boolean }, "missing" | "not-interviewed" | "hired"> | InterviewAhead;

/**
 * How it ended with an interviewed candidate, or not decided yet (null, which clears an outcome). A
 * hire waits until the booked interview has taken place, and closes the thread: the candidate is
 * placed (their stage, history and email, through `moveCandidateToStage`) and the request is won, in
 * one transaction; nothing changes it afterwards.
 */
export async function recordOutcome(
  actor: SessionUser,
  requestId: number,
  proposalId: number,
  outcome: ProposalOutcome | null,
  reason: string | null,
  placedEmail: Parameters<typeof moveCandidateToStage>[4],
  now = new Date(),
): Promise<OutcomeResult> {
  assertStaff(actor);
  return transaction(async (tx): Promise<OutcomeResult> => {
    const row = await findProposalForOutcome(tx, requestId, proposalId);
    if (!row) return refused("missing");
    if (row.companyAnswer !== "interview") return refused("not-interviewed");
    if (row.outcome === "hired") return refused("hired");
    if (outcome === null && row.outcome === null) return ok({ changed: false });
    if (outcome === "hired") {
      const endsAt = await interviewAhead(tx, proposalId, now);
      if (endsAt) return { ok: false, reason: "interview-ahead", endsAt };
    }

    await saveOutcome(tx, proposalId, outcome, reason, now);
    const won = outcome === "hired" && row.status !== "won";
    await touchRequest(tx, requestId, won ? "won" : null, now);
    const said = {
      offer: `${row.company} made an offer to ${row.name}`,
      hired: `${row.company} hired ${row.name}`,
      not_hired: `${row.company} did not hire ${row.name}${reason ? `: ${reason}` : ""}`,
      none: `${row.company}'s decision on ${row.name}: not decided yet`,
    }[outcome ?? "none"];
    const statusNote = won ? `; status changed from ${row.status} to won` : "";
    await logActivity(tx, "request", requestId, `${said}${statusNote}`, actor.id);
    await logActivity(tx, "candidate", row.candidateId, said, actor.id);
    if (outcome === "hired") {
      await moveCandidateToStage(actor, row.candidateId, "placed", null, placedEmail);
      await queueWebhookEvent(tx, "hire.made", {
        hire: {
          proposalId,
          candidateId: row.candidateId,
          request: { id: requestId, reference: row.reference, company: row.company },
        },
      });
    }
    return ok({ changed: true });
  });
}
