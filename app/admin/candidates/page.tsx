import { DataTable } from "@/components/admin/data-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/admin/filter-form";
import { PageTitle } from "@/components/ui/page-title";
import { Pagination } from "@/components/ui/pagination";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { listCandidates } from "@/db/queries/admin/candidates";
import { PAGE_SIZE } from "@/db/queries/admin/shared";
import { listSeniorityOptions } from "@/db/queries/content";
import { candidateFilterParams, parseCandidateFilter } from "@/domain/admin-filters";
import { formatDate } from "@/domain/format";
import { availabilityLabels, optionsOf, stageTitles } from "@/domain/labels";
import { formatSalary } from "@/domain/money";
import { filterQuery } from "@/domain/search-params";
import { requireStaff } from "@/services/session";

export const metadata = { title: "Candidates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CandidatesPage({ searchParams }: Props) {
  const actor = await requireStaff("/admin/candidates");
  const filter = parseCandidateFilter(await searchParams);
  const [{ rows, total, hasNext }, seniorities] = await Promise.all([
    listCandidates(actor, filter),
    listSeniorityOptions(),
  ]);
  const params = candidateFilterParams(filter);

  return (
    <>
      <PageTitle size="admin">Candidates</PageTitle>
      <FilterForm clearHref="/admin/candidates">
        <FilterInput name="q" label="Search name, headline or skills" defaultValue={filter.q} className="w-64" />
        <FilterSelect
          name="stage"
          label="Stage"
          value={filter.stage}
          anyLabel="Any submitted"
          options={optionsOf(stageTitles)}
        />
        <FilterSelect
          name="seniority"
          label="Seniority"
          value={filter.seniority}
          anyLabel="Any"
          options={seniorities}
        />
        <FilterInput name="skill" label="Skill" defaultValue={filter.skill} placeholder="e.g. PostgreSQL" />
        <FilterInput
          name="minYears"
          label="Years at least"
          type="number"
          min={0}
          max={60}
          defaultValue={filter.minYears}
          className="w-28"
        />
        <FilterInput
          name="salaryMin"
          label="Salary from"
          type="number"
          min={0}
          step={1000}
          defaultValue={filter.salaryMin}
          className="w-32"
        />
        <FilterInput
          name="salaryMax"
          label="Salary to"
          type="number"
          min={0}
          step={1000}
          defaultValue={filter.salaryMax}
          className="w-32"
        />
        <FilterSelect
          name="availability"
          label="Availability"
          value={filter.availability}
          anyLabel="Any"
          options={optionsOf(availabilityLabels)}
        />
      </FilterForm>
      <DataTable
        caption="Candidates, most recently submitted first"
        headers={["Name", "Stage", "Headline", "Experience", "Salary", "Rating", "Submitted"]}
        empty="No candidates match."
        isEmpty={rows.length === 0}
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line last:border-0">
            <td className="px-4 py-3">
              <TextLink href={`/admin/candidates/${row.id}`}>{row.name}</TextLink>
              {row.possibleDuplicate ? (
                <span className="mt-1 block text-xs font-semibold text-amber-800">Possible duplicate</span>
              ) : null}
            </td>
            <td className="px-4 py-3">{stageTitles[row.stage]}</td>
            <td className="px-4 py-3">
              {row.headline}
              <span className="block text-xs text-ink-muted">{row.skills.slice(0, 6).join(", ")}</span>
            </td>
            <td className="px-4 py-3">
              {row.seniority ?? "—"}
              {row.yearsExperience !== null ? ` · ${row.yearsExperience} y` : null}
              {row.availability ? <span className="block text-xs text-ink-muted">{row.availability}</span> : null}
            </td>
            <td className="px-4 py-3 whitespace-nowrap">
              {row.expectedSalary !== null
                ? formatSalary(row.expectedSalary, row.salaryCurrency, row.salaryPeriod)
                : "—"}
            </td>
            <td className="px-4 py-3">{row.rating ? `${row.rating} / 5` : "—"}</td>
            <td className="px-4 py-3 whitespace-nowrap">{row.submittedAt ? formatDate(row.submittedAt) : "—"}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={filter.page} total={total} hasNext={hasNext} pageSize={PAGE_SIZE} params={params} />
      <p className="mt-4 text-sm">
        <TextAnchor href={`/admin/candidates/export?${filterQuery(params)}`}>Export these candidates as CSV</TextAnchor>
      </p>
    </>
  );
}
