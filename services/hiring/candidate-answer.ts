import "server-only";
import { transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import {
  type CandidateAnswerNotice,
  findLiveLink,
  findOwnProposal,
  managerOf,
  saveCandidateAnswer,
} from "@/db/queries/shortlists";
import { assertRole, type SessionUser } from "@/db/queries/users";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { ok, type Result, refused } from "@/domain/result";

/** Why a candidate's answer is refused: the proposal is not theirs (or gone), or the company has answered. */
export type CandidateAnswerRefusal = "missing" | "closed";

/**
 * The candidate's "I'm interested" or "Not now" on their own proposal; they may change it until the
 * company has answered. An interested candidate joins the request's live shortlist at once. The answer,
 * both timelines and the emails `notify` makes of it are stored in one transaction.
 */
export async function answerOwnProposal(
  actor: SessionUser,
  proposalId: number,
  answer: "interested" | "declined",
  notify: (notice: CandidateAnswerNotice) => NewEmail[],
  now = new Date(),
): Promise<Result<undefined, CandidateAnswerRefusal>> {
  assertRole(actor, "candidate");
  return transaction(async (tx) => {
    const proposal = await findOwnProposal(tx, actor.id, proposalId);
    if (!proposal) return refused("missing");
    if (proposal.companyAnswer !== "pending") return refused("closed");

    const link = await findLiveLink(tx, proposal.requestId, now);
    const shares = answer === "interested" && link !== null && proposal.sharedAt === null;
    await saveCandidateAnswer(tx, proposalId, answer, shares, now);
    const said = answer === "interested" ? "is interested" : "said not now";
    const sharedNote = shares ? "; added to the shortlist the company holds" : "";
    await logActivity(tx, "request", proposal.requestId, `${actor.name} ${said}${sharedNote}`, actor.id);
    await logActivity(tx, "candidate", actor.id, `${actor.name} ${said} (request #${proposal.requestId})`, actor.id);
    const notice: CandidateAnswerNotice = {
      answer,
      previous: proposal.candidateAnswer,
      candidate: { name: actor.name },
      company: proposal.company,
      role: proposal.role,
      requestId: proposal.requestId,
      onLiveShortlist: link !== null,
      manager: await managerOf(tx, proposal, proposal.proposedById ?? link?.sentById ?? null),
    };
    for (const email of notify(notice)) await enqueueEmail(email, tx);
    await queueWebhookEvent(tx, "proposal.answered", {
      proposal: { id: proposalId, requestId: proposal.requestId, candidateId: actor.id, answer },
    });
    return ok();
  });
}
