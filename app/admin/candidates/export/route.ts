import { EXPORT_LIMIT, listCandidates } from "@/db/queries/admin";
import { candidateStages } from "@/db/schema";
import { csvResponse, toCsv } from "@/lib/csv";
import { oneOf, param } from "@/lib/search-params";
import { recordAudit } from "@/db/queries/audit";
import { getCurrentUser } from "@/lib/session";

/** CSV of the candidates matching the list's current filters. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || (user.role !== "admin" && user.role !== "manager")) return new Response("Not found", { status: 404 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listCandidates(user, { q: param(query.q), stage: oneOf(query.stage, candidateStages), page: 1, pageSize: EXPORT_LIMIT });
  const csv = toCsv(rows, [
    { header: "Name", value: (row) => row.name },
    { header: "Headline", value: (row) => row.headline },
    { header: "Seniority", value: (row) => row.seniority },
    { header: "Years", value: (row) => row.yearsExperience },
    { header: "Stage", value: (row) => row.stage },
    { header: "Submitted", value: (row) => row.submittedAt },
  ]);
  recordAudit(user.id, "export", "candidates", `${rows.length} rows; filter ${new URL(request.url).search || "none"}`);
  return csvResponse(csv, "candidates");
}
