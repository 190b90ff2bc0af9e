import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { listCandidates, PAGE_SIZE } from "@/db/queries/admin";
import { candidateStages } from "@/db/schema";
import { formatDate } from "@/lib/format";
import { filterQuery, oneOf, pageParam, param } from "@/lib/search-params";
import { requireRole } from "@/lib/session";
import { DataTable } from "@/components/admin/data-table";

export const metadata = { title: "Candidates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CandidatesPage({ searchParams }: Props) {
  const actor = await requireRole("/admin/candidates", "admin", "manager");
  const query = await searchParams;
  const q = param(query.q);
  const stage = oneOf(query.stage, candidateStages);
  const page = pageParam(query.page);
  const { rows, total } = await listCandidates(actor, { q, stage, page });

  return (
    <>
      <h1 className="text-2xl font-bold">Candidates</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-(--radius-card) border border-line bg-white p-4">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Search name, email, headline or skill
          </label>
          <input id="q" name="q" defaultValue={q} className="mt-1 w-72 max-w-full rounded-lg border border-line px-3 py-2" />
        </div>
        <div>
          <label htmlFor="stage" className="block text-sm font-semibold">
            Stage
          </label>
          <select id="stage" name="stage" defaultValue={stage ?? ""} className="mt-1 rounded-lg border border-line px-3 py-2">
            <option value="">Any submitted</option>
            {candidateStages.map((value) => (
              <option key={value} value={value}>
                {value.replace("_", " ")}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white">
          Apply
        </button>
      </form>
      <DataTable caption="Candidates, most recently submitted first" headers={["Name", "Headline", "Seniority", "Stage", "Submitted"]} empty="No candidates match." isEmpty={rows.length === 0}>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line last:border-0">
            <td className="px-4 py-3">
              <Link href={`/admin/candidates/${row.id}`} className="font-semibold text-brand-700 underline underline-offset-4">
                {row.name}
              </Link>
            </td>
            <td className="px-4 py-3">{row.headline}</td>
            <td className="px-4 py-3">
              {row.seniority ?? "—"}
              {row.yearsExperience !== null ? ` · ${row.yearsExperience} y` : null}
            </td>
            <td className="px-4 py-3">{row.stage.replace("_", " ")}</td>
            <td className="px-4 py-3 whitespace-nowrap">{row.submittedAt ? formatDate(row.submittedAt) : "—"}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={page} total={total} pageSize={PAGE_SIZE} params={{ q, stage }} />
      <p className="mt-4 text-sm">
        <a href={`/admin/candidates/export?${filterQuery({ q, stage })}`} className="font-semibold text-brand-700 underline underline-offset-4">
          Export these candidates as CSV
        </a>
      </p>
    </>
  );
}
