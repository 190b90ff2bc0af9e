import { listCalls } from "@/db/queries/admin/calls";
import { EXPORT_LIMIT } from "@/db/queries/admin/shared";
import { recordAudit } from "@/db/queries/audit";
import { csvResponse, toCsv } from "@/domain/csv";
import { bookingStatusLabels, plural } from "@/domain/labels";
import { oneOf, param } from "@/domain/search-params";
import { formatLocalDateTime, parseTimeZone } from "@/domain/time-zones";
import { requireStaff } from "@/services/session";

/** CSV of the calls the Calls page shows for the same query (which calls, and the manager's time zone). */
export async function GET(request: Request) {
  const user = await requireStaff();
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  const when = oneOf(query.when, ["upcoming", "past"] as const) ?? "upcoming";
  const timeZone = parseTimeZone(query.tz);
  const rows = await listCalls(user, { when, expert: param(query.expert), limit: EXPORT_LIMIT });
  const csv = toCsv(rows, [
    { header: "Reference", value: (row) => row.reference },
    { header: `Starts (${timeZone})`, value: (row) => formatLocalDateTime(row.startsAt.getTime(), timeZone) },
    { header: `Ends (${timeZone})`, value: (row) => formatLocalDateTime(row.endsAt.getTime(), timeZone) },
    { header: "Status", value: (row) => bookingStatusLabels[row.status].toLowerCase() },
    { header: "Expert", value: (row) => row.expert },
    { header: "Company", value: (row) => row.company },
    { header: "Name", value: (row) => row.name },
    { header: "Email", value: (row) => row.email },
    { header: "Hiring for", value: (row) => row.hiringFor },
  ]);
  await recordAudit(user.id, "export", "calls", `${plural(rows.length, "row")}; filter ${url.search || "none"}`);
  return csvResponse(csv, `calls-${when}`);
}
