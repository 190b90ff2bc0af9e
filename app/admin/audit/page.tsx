import { DataTable } from "@/components/admin/data-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/filter-form";
import { PageTitle } from "@/components/ui/page-title";
import { auditActions, listAudit } from "@/db/queries/audit";
import { timeZoneLabel } from "@/domain/labels";
import { oneOf, param } from "@/domain/search-params";
import { formatDateTime } from "@/domain/slots";
import { readerTimeZone } from "@/services/reader-zone";
import { requireRole } from "@/services/session";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireRole("/admin/audit", "admin");
  const zone = await readerTimeZone();
  const query = await searchParams;
  const action = oneOf(query.action, auditActions);
  const who = param(query.actor);
  const events = await listAudit(actor, { action, actor: who });
  return (
    <>
      <PageTitle size="admin">Audit log</PageTitle>
      <FilterForm>
        <FilterSelect name="action" label="Action" value={action} anyLabel="Any" options={auditActions} />
        <FilterInput name="actor" label="Who (email contains)" defaultValue={who} className="" />
      </FilterForm>
      <DataTable
        caption="Audit events, newest first (at most 200)"
        headers={[`When (${timeZoneLabel(zone)})`, "Who", "Action", "Subject", "Details"]}
        empty="No events match."
        isEmpty={events.length === 0}
      >
        {events.map((event) => (
          <tr key={event.id} className="border-b border-line last:border-0">
            <td className="px-4 py-2 whitespace-nowrap">{formatDateTime(event.at.getTime(), zone)}</td>
            <td className="px-4 py-2">{event.actor ?? "—"}</td>
            <td className="px-4 py-2 font-mono">{event.action}</td>
            <td className="px-4 py-2 [overflow-wrap:anywhere]">{event.subject}</td>
            {/* Long details (an export's filter, a list of hours) wrap instead of running off the table. */}
            <td className="min-w-64 px-4 py-2 [overflow-wrap:anywhere]">{event.details}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
