import Link from "next/link";
import { getOverview } from "@/db/queries/admin";
import { requireRole } from "@/lib/session";

export const metadata = { title: "Overview" };

export default async function AdminOverviewPage() {
  const actor = await requireRole("/admin", "admin", "manager");
  const overview = await getOverview(actor);
  const cards = [
    { label: "New contact requests", value: overview.newRequests, href: "/admin/requests?status=new" },
    { label: "Discovery calls in the next 7 days", value: overview.upcomingCalls, href: "/admin/calls" },
    { label: "Candidates waiting for screening", value: overview.newCandidates, href: "/admin/candidates?stage=submitted" },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold">Overview</h1>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {cards.map((card) => (
          <li key={card.label} className="rounded-(--radius-card) border border-line bg-white p-5">
            <Link href={card.href} className="block">
              <span className="text-sm text-ink-muted">{card.label}</span>
              <span className="mt-1 block text-3xl font-bold">{card.value}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
