import Link from "next/link";
import { FunnelChart, WeeklyBarChart } from "@/components/admin/charts";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/input";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getOverview, HIRING_FUNNEL_DAYS } from "@/db/queries/admin/overview";
import { formatDate } from "@/domain/format";
import { funnelStepLabels } from "@/domain/hiring-funnel";
import { requestStatusLabels, stageTitles } from "@/domain/labels";
import { countText } from "@/domain/list-total";
import { oneOf } from "@/domain/search-params";
import { requireStaff } from "@/services/session";

export const metadata = { title: "Overview" };

const STALE_OPTIONS = ["3", "7", "14", "30"] as const;
const weekLabel = (date: Date) =>
  new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(date);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOverviewPage({ searchParams }: Props) {
  const actor = await requireStaff("/admin");
  const staleDays = Number(oneOf((await searchParams).staleDays, STALE_OPTIONS) ?? 7);
  const overview = await getOverview(actor, { staleDays });
  const cards = [
    { label: "New contact requests", value: overview.newRequests, href: "/admin/requests?status=new" },
    { label: "Discovery calls in the next 7 days", value: overview.upcomingCalls, href: "/admin/calls" },
    {
      label: "Candidates waiting for screening",
      value: overview.newCandidates,
      href: "/admin/candidates?stage=submitted",
    },
  ];
  return (
    <>
      <PageTitle size="admin">Overview</PageTitle>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {cards.map((card) => (
          <Card as="li" key={card.label}>
            <Link href={card.href} className="block">
              <span className="text-sm text-ink-muted">{card.label}</span>
              <span className="mt-1 block text-3xl font-bold">{card.value}</span>
            </Link>
          </Card>
        ))}
      </ul>

      <section aria-labelledby="stale-title" className="mt-8">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="stale-title" className="text-xl font-bold">
            Waiting for a next step
          </h2>
          <form method="get" className="flex items-end gap-2">
            <div>
              <Label htmlFor="staleDays">No activity for</Label>
              <Select id="staleDays" name="staleDays" defaultValue={String(staleDays)} className="mt-1">
                {STALE_OPTIONS.map((days) => (
                  <option key={days} value={days}>
                    {days} days
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit" className="px-4">
              Show
            </Button>
          </form>
        </div>
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          <StaleList
            title={`Open requests: ${countText(overview.staleRequests.total)}`}
            empty="Every open request has moved recently."
            items={overview.staleRequests.rows.map((row) => ({
              href: `/admin/requests/${row.id}`,
              label: `${row.company} (${row.reference})`,
              detail: `${requestStatusLabels[row.status]} · last activity ${formatDate(row.lastActivity)}`,
            }))}
          />
          <StaleList
            title={`Candidates in vetting: ${countText(overview.staleCandidates.total)}`}
            empty="Every candidate in vetting has moved recently."
            items={overview.staleCandidates.rows.map((row) => ({
              href: `/admin/candidates/${row.id}`,
              label: row.name,
              detail: `${stageTitles[row.stage]} · last activity ${formatDate(row.lastActivity)}`,
            }))}
          />
        </div>
      </section>

      <div className="mt-8 grid gap-4">
        <WeeklyBarChart
          title="Contact requests per week (last 12 weeks)"
          unit="requests"
          points={overview.requestsPerWeek.map((week) => ({ label: weekLabel(week.weekStart), value: week.count }))}
        />
        <WeeklyBarChart
          title="Candidate applications per week (last 12 weeks)"
          unit="applications"
          points={overview.applicationsPerWeek.map((week) => ({ label: weekLabel(week.weekStart), value: week.count }))}
        />
      </div>
      <Card as="section" aria-labelledby="hiring-title" className="mt-4">
        <h2 id="hiring-title" className="font-semibold">
          Hiring funnel: requests received in the last {HIRING_FUNNEL_DAYS} days
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-line text-left text-ink-muted">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Step
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Requests
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Of the step before
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Median time from the step before
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.hiring.map((row) => (
                <tr key={row.step} className="border-b border-line last:border-b-0">
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    {funnelStepLabels[row.step]}
                  </th>
                  <td className="py-2 pr-4 text-right">{row.count}</td>
                  <td className="py-2 pr-4 text-right">{row.rate === null ? "—" : `${Math.round(row.rate * 100)}%`}</td>
                  <td className="py-2 text-right">
                    {row.medianDays === null ? "—" : `${row.medianDays} ${row.medianDays === 1 ? "day" : "days"}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <div className="mt-4">
        <FunnelChart
          title="Candidates by stage"
          steps={overview.funnel.map((step) => ({ label: stageTitles[step.stage], value: step.count }))}
        />
      </div>
    </>
  );
}

function StaleList({
  title,
  empty,
  items,
}: {
  title: string;
  empty: string;
  items: { href: string; label: string; detail: string }[];
}) {
  return (
    <Card>
      <h3 className="font-semibold">{title}</h3>
      {items.length === 0 ? <p className="mt-2 text-sm text-ink-muted">{empty}</p> : null}
      <ul className="mt-2 space-y-2 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <TextLink href={item.href}>{item.label}</TextLink>
            <span className="block text-ink-muted">{item.detail}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
