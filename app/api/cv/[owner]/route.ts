import { getCvFile } from "@/db/queries/candidates";
import { isStaff } from "@/db/queries/users";
import { cvKindOf, safeDownloadName } from "@/domain/cv-file";
import { cvExists, cvStream } from "@/services/cv-storage";
import { getCurrentUser } from "@/services/session";

const notFound = () => new Response("Not found", { status: 404 });

/** `/api/cv/me` for the candidate; `/api/cv/<user id>` for staff. Anyone else gets the same 404 as a missing file. */
export async function GET(_request: Request, { params }: { params: Promise<{ owner: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { owner } = await params;
  const ownerId = owner === "me" ? user.id : isStaff(user) && /^\d{1,10}$/.test(owner) ? Number(owner) : null;
  if (ownerId === null) return notFound();
  const file = await getCvFile(user, ownerId);
  if (!file || !(await cvExists(file.key))) return notFound();
  return new Response(cvStream(file.key), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${safeDownloadName(file.fileName, cvKindOf(file.contentType))}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
