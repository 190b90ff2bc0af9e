import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { listRequests, PAGE_SIZE } from "@/db/queries/admin";
import { contactRequestStatuses } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { filterQuery, oneOf, pageParam, param } from "@/lib/search-params";
import { requireRole } from "@/lib/session";
import { DataTable } from "@/components/admin/data-table";

export const metadata = { title: "Requests" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RequestsPage({ searchParams }: Props) {
  const actor = await requireRole("/admin/requests", "admin", "manager");
  const query = await searchParams;
  const q = param(query.q);
  const status = oneOf(query.status, contactRequestStatuses);
  const page = pageParam(query.page);
  const { rows, total } = await listRequests(actor, { q, status, page });

  return (
    <>
      <h1 className="text-2xl font-bold">Contact requests</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-(--radius-card) border border-line bg-white p-4">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Search name, company or email
          </label>
          <input id="q" name="q" defaultValue={q} className="mt-1 w-72 max-w-full rounded-lg border border-line px-3 py-2" />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className="mt-1 rounded-lg border border-line px-3 py-2">
            <option value="">Any</option>
            {contactRequestStatuses.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white">
          Apply
        </button>
      </form>
      <DataTable caption="Contact requests, newest first" headers={["Reference", "Company", "Contact", "Need", "Status", "Received"]} empty="No requests match." isEmpty={rows.length === 0}>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line last:border-0">
            <td className="px-4 py-3 font-mono">
              <Link href={`/admin/requests/${row.id}`} className="font-semibold text-brand-700 underline underline-offset-4">
                {row.reference}
              </Link>
            </td>
            <td className="px-4 py-3">{row.company}</td>
            <td className="px-4 py-3">
              {row.name}
              <span className="block text-xs text-ink-muted">{row.email}</span>
            </td>
            <td className="px-4 py-3">
              {row.developers} × {row.seniority}
            </td>
            <td className="px-4 py-3">{row.status}</td>
            <td className="px-4 py-3 whitespace-nowrap">{formatDate(row.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={page} total={total} pageSize={PAGE_SIZE} params={{ q, status }} />
      <p className="mt-4 text-sm">
        <a href={`/admin/requests/export?${filterQuery({ q, status })}`} className="font-semibold text-brand-700 underline underline-offset-4">
          Export these requests as CSV
        </a>
      </p>
    </>
  );
}
