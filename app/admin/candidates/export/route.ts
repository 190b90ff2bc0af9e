import { listCandidates } from "@/db/queries/admin/candidates";
import { EXPORT_LIMIT } from "@/db/queries/admin/shared";
import { recordAudit } from "@/db/queries/audit";
import { parseCandidateFilter } from "@/domain/admin-filters";
import { csvResponse, toCsv } from "@/domain/csv";
import { plural } from "@/domain/labels";
import { requireStaff } from "@/services/session";

/** CSV of the candidates matching the list's current filters. */
export async function GET(request: Request) {
  const user = await requireStaff();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listCandidates(user, { ...parseCandidateFilter(query), page: 1, pageSize: EXPORT_LIMIT });
  const csv = toCsv(rows, [
    { header: "Name", value: (row) => row.name },
    { header: "Email", value: (row) => row.email },
    { header: "Headline", value: (row) => row.headline },
    { header: "Seniority", value: (row) => row.seniority },
    { header: "Years", value: (row) => row.yearsExperience },
    { header: "Skills", value: (row) => row.skills.join(", ") },
    {
      header: "Expected salary",
      value: (row) =>
        row.expectedSalary === null ? "" : `${row.expectedSalary} ${row.salaryCurrency} a ${row.salaryPeriod}`,
    },
    { header: "Availability", value: (row) => row.availability },
    { header: "Stage", value: (row) => row.stage },
    { header: "Rating", value: (row) => row.rating },
    { header: "Possible duplicate", value: (row) => (row.possibleDuplicate ? "yes" : "") },
    { header: "Submitted", value: (row) => row.submittedAt },
  ]);
  await recordAudit(
    user.id,
    "export",
    "candidates",
    `${plural(rows.length, "row")}; filter ${new URL(request.url).search || "none"}`,
  );
  return csvResponse(csv, "candidates");
}
