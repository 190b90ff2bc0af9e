import { getSharedCvFile } from "@/db/queries/shortlist-company";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { parseRecordId } from "@/domain/record-id";
import { cvDownload } from "@/services/cv-storage";

/**
 * A shortlisted candidate's CV for the company holding the link, once both sides said yes. Any other
 * token, proposal or answer gets the same 404 as a missing file.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; proposal: string }> }) {
  const { token, proposal } = await params;
  const proposalId = parseRecordId(proposal);
  const allowed = isWellFormedToken(token) && proposalId !== null;
  return cvDownload(allowed ? await getSharedCvFile(hashManageToken(token), proposalId) : null);
}
