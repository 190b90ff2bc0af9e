import "server-only";
import { transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import {
  type CompanyAnswer,
  type CompanyAnswerNotice,
  findOpenLink,
  findRequestForAnswer,
  findSharedProposal,
  saveCompanyAnswer,
} from "@/db/queries/shortlist-company";
import { BEFORE_INTERVIEWING, managerOf, touchRequest } from "@/db/queries/shortlists";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { notAFitReasonLabels } from "@/domain/labels";
import { ok, type Result, refused } from "@/domain/result";
import { initialsOf } from "@/domain/shortlist";

/**
 * Why a company's answer is refused: the link is closed (revoked, expired, unknown), the candidate
 * is not on its shortlist (any more), or the company has already answered for them.
 */
export type CompanyAnswerRefusal = "closed" | "missing" | "already-answered";

/**
 * The company's answer on one candidate of its shortlist: stored once, on the request's timeline and
 * the candidate's, the request moved on to "interviewing" for an interview, the emails queued — all
 * in one transaction. The company is whoever holds the link (its token's hash opens one request).
 */
export async function answerAsCompany(
  tokenHash: string,
  proposalId: number,
  answer: CompanyAnswer,
  notify: (notice: CompanyAnswerNotice) => NewEmail[],
  now = new Date(),
): Promise<Result<undefined, CompanyAnswerRefusal>> {
  return transaction(async (tx) => {
    const link = await findOpenLink(tx, tokenHash, now);
    if (!link) return refused("closed");
    const proposal = await findSharedProposal(tx, link.requestId, proposalId);
    if (!proposal) return refused("missing");
    if (proposal.companyAnswer !== "pending") return refused("already-answered");
    const request = await findRequestForAnswer(tx, link.requestId);
    if (!request) return refused("closed");

    await saveCompanyAnswer(tx, proposalId, answer, now);
    const moves = answer.kind === "interview" && (BEFORE_INTERVIEWING as readonly string[]).includes(request.status);
    await touchRequest(tx, link.requestId, moves ? "interviewing" : null, now);
    // The company's comment stays on the proposal (the shortlist shows it), so erasing the candidate takes it with it.
    const said =
      answer.kind === "interview"
        ? `${request.company} asked to interview ${proposal.candidateName}`
        : `${request.company} passed on ${proposal.candidateName}: ${notAFitReasonLabels[answer.reason]}`;
    const statusNote = moves ? `; status changed from ${request.status} to interviewing` : "";
    await logActivity(tx, "request", link.requestId, `${said}${statusNote}`, "company");
    await logActivity(tx, "candidate", proposal.candidateId, said, "company");

    const notice: CompanyAnswerNotice = {
      answer,
      company: request.company,
      companyNameShown: proposal.companyNameShown,
      contact: { name: request.name, email: request.email },
      requestId: link.requestId,
      role: request.role,
      candidate: {
        name: proposal.candidateName,
        email: proposal.candidateEmail,
        initials: initialsOf(proposal.candidateName),
      },
      manager: await managerOf(tx, request, link.sentById),
    };
    for (const email of notify(notice)) await enqueueEmail(email, tx);
    await queueWebhookEvent(tx, "shortlist.answered", {
      proposal: {
        id: proposalId,
        requestId: link.requestId,
        candidateId: proposal.candidateId,
        answer: answer.kind === "interview" ? "interview" : "not_a_fit",
      },
    });
    return ok();
  });
}
