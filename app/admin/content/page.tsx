import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { listRolesForEdit } from "@/db/queries/content-admin";
import { listGuides } from "@/db/queries/content";
import { listExpertsForEdit } from "@/db/queries/experts";
import { requireStaff } from "@/lib/session";
import { addRole } from "./actions";

export const metadata = { title: "Content" };

const input = "mt-1 w-full rounded-lg border border-line px-3 py-2 text-sm";

export default async function ContentPage() {
  const actor = await requireStaff("/admin/content");
  const [roles, guides, experts] = await Promise.all([listRolesForEdit(actor), listGuides(), listExpertsForEdit(actor)]);
  return (
    <>
      <h1 className="text-2xl font-bold">Content</h1>
      <p className="mt-2 text-ink-muted">Every change here appears on the public pages at once.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="roles-title" className="rounded-(--radius-card) border border-line bg-white p-5">
          <h2 id="roles-title" className="text-lg font-semibold">
            Hire pages
          </h2>
          <ul className="mt-3 space-y-1">
            {roles.map((role) => (
              <li key={role.id}>
                <Link href={`/admin/content/roles/${role.slug}`} className="font-semibold text-brand-700 underline underline-offset-4">
                  {role.name}
                </Link>{" "}
                <span className="text-sm text-ink-muted">/hire/{role.slug}</span>
              </li>
            ))}
          </ul>
          <h3 className="mt-6 font-semibold">Add a role</h3>
          <ActionForm action={addRole} submitLabel="Create role">
            <div className="grid gap-3 sm:grid-cols-2">
              {[
                ["slug", "Address (/hire/…)"],
                ["name", "Name, e.g. Go developer"],
                ["headline", "Headline"],
                ["summary", "Summary"],
                ["salaryYear", "Salary year"],
              ].map(([name, label]) => (
                <div key={name}>
                  <label htmlFor={`new-role-${name}`} className="block text-xs font-semibold">
                    {label}
                  </label>
                  <input id={`new-role-${name}`} name={name} className={input} />
                </div>
              ))}
            </div>
          </ActionForm>
        </section>
        <section aria-labelledby="guides-title" className="rounded-(--radius-card) border border-line bg-white p-5">
          <h2 id="guides-title" className="text-lg font-semibold">
            Guides
          </h2>
          <ul className="mt-3 space-y-1">
            {guides.map((guide) => (
              <li key={guide.slug}>
                <Link href={`/admin/content/guides/${guide.slug}`} className="font-semibold text-brand-700 underline underline-offset-4">
                  {guide.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="experts-title" className="rounded-(--radius-card) border border-line bg-white p-5">
          <h2 id="experts-title" className="text-lg font-semibold">
            Talent experts
          </h2>
          <p className="mt-1 text-sm text-ink-muted">Shown on the home, hire and booking pages; their hours and time off decide the free times on /book.</p>
          <ul className="mt-3 space-y-1">
            {experts.map((expert) => (
              <li key={expert.id}>
                <Link href={`/admin/experts/${expert.slug}`} className="font-semibold text-brand-700 underline underline-offset-4">
                  {expert.name}
                </Link>{" "}
                <span className="text-sm text-ink-muted">{expert.active ? expert.title : "hidden"}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/admin/experts" className="font-semibold text-brand-700 underline underline-offset-4">
              Add or manage talent experts
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
