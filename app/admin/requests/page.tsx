import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/filter-form";
import { Pagination } from "@/components/admin/pagination";
import { listAssignees, listRequests, PAGE_SIZE } from "@/db/queries/admin";
import { countQuarantine } from "@/db/queries/contact-quarantine";
import { listSeniorityOptions } from "@/db/queries/content";
import { parseRequestFilter, requestFilterParams, requestSortLabels, requestSorts } from "@/lib/admin-filters";
import { formatDate } from "@/lib/format";
import { filterQuery } from "@/lib/search-params";
import { requireStaff } from "@/lib/session";
import { optionsOf, requestStatusLabels } from "@/lib/labels";

export const metadata = { title: "Requests" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RequestsPage({ searchParams }: Props) {
  const actor = await requireStaff("/admin/requests");
  const filter = parseRequestFilter(await searchParams);
  const [{ rows, total }, assignees, seniorities, held] = await Promise.all([listRequests(actor, filter), listAssignees(actor), listSeniorityOptions(), countQuarantine(actor)]);
  const params = requestFilterParams(filter);

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Contact requests</h1>
        <Link href="/admin/requests/spam" className="text-sm font-semibold text-brand-700 underline underline-offset-4">
          Spam ({held} held for review)
        </Link>
      </div>
      <FilterForm clearHref="/admin/requests">
        <FilterInput name="q" label="Search name, company or email" defaultValue={filter.q} className="w-72" />
        <FilterSelect name="status" label="Status" value={filter.status} anyLabel="Any" options={optionsOf(requestStatusLabels)} />
        <FilterSelect
          name="assignee"
          label="Assignee"
          value={params.assignee}
          anyLabel="Anyone"
          options={[{ value: "me", label: "Me" }, { value: "none", label: "Unassigned" }, ...assignees.map((person) => ({ value: String(person.id), label: person.name }))]}
        />
        <FilterSelect name="seniority" label="Seniority" value={filter.seniority} anyLabel="Any" options={seniorities} />
        <FilterInput name="from" label="Received from" type="date" defaultValue={filter.from?.text} />
        <FilterInput name="to" label="Received to" type="date" defaultValue={filter.to?.text} />
        <FilterSelect name="sort" label="Sort" value={filter.sort} options={requestSorts.map((sort) => ({ value: sort, label: requestSortLabels[sort] }))} />
      </FilterForm>
      <DataTable
        caption={`Contact requests, ${requestSortLabels[filter.sort].toLowerCase()}`}
        headers={["Reference", "Company", "Contact", "Need", "Status", "Assignee", "Received"]}
        empty="No requests match."
        isEmpty={rows.length === 0}
      >
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
            <td className="px-4 py-3">{requestStatusLabels[row.status]}</td>
            <td className="px-4 py-3">{row.assignee ?? <span className="text-ink-muted">Unassigned</span>}</td>
            <td className="px-4 py-3 whitespace-nowrap">{formatDate(row.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={filter.page} total={total} pageSize={PAGE_SIZE} params={params} />
      <p className="mt-4 text-sm">
        <a href={`/admin/requests/export?${filterQuery(params)}`} className="font-semibold text-brand-700 underline underline-offset-4">
          Export these requests as CSV
        </a>
        <span className="text-ink-muted"> · dates are UTC days</span>
      </p>
    </>
  );
}
