import { DataTable } from "@/components/admin/data-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/filter-form";
import { PageTitle } from "@/components/ui/page-title";
import { Pagination } from "@/components/ui/pagination";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { listAssignees, listRequests } from "@/db/queries/admin/requests";
import { PAGE_SIZE } from "@/db/queries/admin/shared";
import { countQuarantine } from "@/db/queries/contact-quarantine";
import { listSeniorityOptions } from "@/db/queries/content";
import { parseRequestFilter, requestFilterParams, requestSortLabels, requestSorts } from "@/domain/admin-filters";
import { formatDate } from "@/domain/format";
import { optionsOf, requestStatusLabels } from "@/domain/labels";
import { filterQuery } from "@/domain/search-params";
import { requireStaff } from "@/services/session";

export const metadata = { title: "Requests" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RequestsPage({ searchParams }: Props) {
  const actor = await requireStaff("/admin/requests");
  const filter = parseRequestFilter(await searchParams);
  const [{ rows, total, hasNext }, assignees, seniorities, held] = await Promise.all([
    listRequests(actor, filter),
    listAssignees(actor),
    listSeniorityOptions(),
    countQuarantine(actor),
  ]);
  const params = requestFilterParams(filter);

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <PageTitle size="admin">Contact requests</PageTitle>
        <TextLink href="/admin/requests/spam" className="text-sm">
          Spam ({held} held for review)
        </TextLink>
      </div>
      <FilterForm clearHref="/admin/requests">
        <FilterInput name="q" label="Search name, company or email" defaultValue={filter.q} className="w-72" />
        <FilterSelect
          name="status"
          label="Status"
          value={filter.status}
          anyLabel="Any"
          options={optionsOf(requestStatusLabels)}
        />
        <FilterSelect
          name="assignee"
          label="Assignee"
          value={params.assignee}
          anyLabel="Anyone"
          options={[
            { value: "me", label: "Me" },
            { value: "none", label: "Unassigned" },
            ...assignees.map((person) => ({ value: String(person.id), label: person.name })),
          ]}
        />
        <FilterSelect
          name="seniority"
          label="Seniority"
          value={filter.seniority}
          anyLabel="Any"
          options={seniorities}
        />
        <FilterInput name="from" label="Received from" type="date" defaultValue={filter.from?.text} />
        <FilterInput name="to" label="Received to" type="date" defaultValue={filter.to?.text} />
        <FilterSelect
          name="sort"
          label="Sort"
          value={filter.sort}
          options={requestSorts.map((sort) => ({ value: sort, label: requestSortLabels[sort] }))}
        />
      </FilterForm>
      <DataTable
        caption={`Contact requests, ${requestSortLabels[filter.sort].toLowerCase()}`}
        headers={["Reference", "Status", "Company", "Contact", "Need", "Assignee", "Received"]}
        empty="No requests match."
        isEmpty={rows.length === 0}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line last:border-0">
            <td className="px-4 py-3 font-mono">
              <TextLink href={`/admin/requests/${row.id}`}>{row.reference}</TextLink>
            </td>
            <td className="px-4 py-3">{requestStatusLabels[row.status]}</td>
            <td className="px-4 py-3">{row.company}</td>
            <td className="px-4 py-3">
              {row.name}
              <span className="block text-xs text-ink-muted">{row.email}</span>
            </td>
            <td className="px-4 py-3">
              {row.developers} × {row.seniority}
            </td>
            <td className="px-4 py-3">{row.assignee ?? <span className="text-ink-muted">Unassigned</span>}</td>
            <td className="px-4 py-3 whitespace-nowrap">{formatDate(row.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={filter.page} total={total} hasNext={hasNext} pageSize={PAGE_SIZE} params={params} />
      <p className="mt-4 text-sm">
        <TextAnchor href={`/admin/requests/export?${filterQuery(params)}`}>Export these requests as CSV</TextAnchor>
        <span className="text-ink-muted"> · dates are UTC days</span>
      </p>
    </>
  );
}
