import { getCvFile } from "@/db/queries/candidates";
import { isStaff } from "@/db/queries/users";
import { parseRecordId } from "@/domain/record-id";
import { cvDownload } from "@/services/cv-storage";
import { getCurrentUser } from "@/services/session";

/** `/api/cv/me` for the candidate; `/api/cv/<user id>` for staff. Anyone else gets the same 404 as a missing file. */
export async function GET(_request: Request, { params }: { params: Promise<{ owner: string }> }) {
  const user = await getCurrentUser();
  if (!user) return cvDownload(null);
  const { owner } = await params;
  const ownerId = owner === "me" ? user.id : isStaff(user) ? parseRecordId(owner) : null;
  return cvDownload(ownerId === null ? null : await getCvFile(user, ownerId));
}
