import "server-only";
import { transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { findProposable, insertProposal, type ProposalNotice } from "@/db/queries/shortlists";
import { assertStaff, type SessionUser } from "@/db/queries/users";
import { ok, type Result, refused } from "@/domain/result";

/**
 * Links a candidate to a request (once), records it on both timelines and queues the candidate's
 * email in the same transaction. `newly` is false when they were already proposed there (nothing
 * changes); refused as "missing" when the request or the candidate no longer exists.
 */
export async function proposeCandidate(
  actor: SessionUser,
  requestId: number,
  candidateId: number,
  {
    companyNameShown = false,
    notify,
  }: { companyNameShown?: boolean; notify?: (notice: ProposalNotice) => NewEmail } = {},
): Promise<Result<{ newly: boolean }, "missing">> {
  assertStaff(actor);
  return transaction(async (tx) => {
    const found = await findProposable(tx, requestId, candidateId);
    if (!found) return refused("missing");
    const { candidate, request } = found;
    const newly = await insertProposal(tx, { requestId, candidateId, proposedById: actor.id, companyNameShown });
    if (!newly) return ok({ newly });
    await logActivity(tx, "request", requestId, `Proposed ${candidate.name}`, actor.id);
    await logActivity(tx, "candidate", candidateId, `Proposed to ${request.company}`, actor.id);
    if (notify) {
      const company = companyNameShown ? request.company : null;
      await enqueueEmail(notify({ candidate, role: request.role, seniority: request.seniority, company }), tx);
    }
    return ok({ newly });
  });
}
