import { listRequests } from "@/db/queries/admin/requests";
import { EXPORT_LIMIT } from "@/db/queries/admin/shared";
import { recordAudit } from "@/db/queries/audit";
import { parseRequestFilter } from "@/domain/admin-filters";
import { csvResponse, toCsv } from "@/domain/csv";
import { plural } from "@/domain/labels";
import { requireStaff } from "@/services/session";

/** CSV of the requests matching the list's current filters. */
export async function GET(request: Request) {
  const user = await requireStaff();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { rows } = await listRequests(user, { ...parseRequestFilter(query), page: 1, pageSize: EXPORT_LIMIT });
  const csv = toCsv(rows, [
    { header: "Reference", value: (row) => row.reference },
    { header: "Received", value: (row) => row.createdAt },
    { header: "Status", value: (row) => row.status },
    { header: "Company", value: (row) => row.company },
    { header: "Name", value: (row) => row.name },
    { header: "Email", value: (row) => row.email },
    { header: "Seniority", value: (row) => row.seniority },
    { header: "Developers", value: (row) => row.developers },
    { header: "Assignee", value: (row) => row.assignee ?? "" },
  ]);
  await recordAudit(
    user.id,
    "export",
    "requests",
    `${plural(rows.length, "row")}; filter ${new URL(request.url).search || "none"}`,
  );
  return csvResponse(csv, "requests");
}
