import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { listGuides } from "@/db/queries/content";
import { listRolesForEdit } from "@/db/queries/content-admin";
import { listExpertsForEdit } from "@/db/queries/experts";
import { SITE_LISTS_EDITOR, sectionTitle, siteSections } from "@/domain/content-kinds";
import { requireStaff } from "@/services/session";
import { addRole } from "./actions";

export const metadata = { title: "Content" };

export default async function ContentPage() {
  const actor = await requireStaff("/admin/content");
  const [roles, guides, experts] = await Promise.all([
    listRolesForEdit(actor),
    listGuides(),
    listExpertsForEdit(actor),
  ]);
  return (
    <>
      <PageTitle size="admin">Content</PageTitle>
      <p className="mt-2 text-ink-muted">Every change here appears on the public pages at once.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card as="section" aria-labelledby="roles-title">
          <h2 id="roles-title" className="text-lg font-semibold">
            Hire pages
          </h2>
          <ul className="mt-3 space-y-1">
            {roles.map((role) => (
              <li key={role.id}>
                <TextLink href={`/admin/content/roles/${role.slug}`}>{role.name}</TextLink>{" "}
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
                  <Label htmlFor={`new-role-${name}`} className="text-xs">
                    {label}
                  </Label>
                  <Input id={`new-role-${name}`} name={name} className="mt-1 w-full text-sm" />
                </div>
              ))}
            </div>
          </ActionForm>
        </Card>
        <Card as="section" aria-labelledby="guides-title">
          <h2 id="guides-title" className="text-lg font-semibold">
            Guides
          </h2>
          <ul className="mt-3 space-y-1">
            {guides.map((guide) => (
              <li key={guide.slug}>
                <TextLink href={`/admin/content/guides/${guide.slug}`}>{guide.title}</TextLink>
              </li>
            ))}
          </ul>
        </Card>
        <Card as="section" aria-labelledby="site-lists-title">
          <h2 id="site-lists-title" className="text-lg font-semibold">
            How it works
          </h2>
          <p className="mt-1 text-sm text-ink-muted">
            The steps from a request to a hire with their usual times, the hiring models and the questions companies
            ask, on /how-it-works.
          </p>
          <ul className="mt-3 space-y-1">
            {siteSections.map((section) => (
              <li key={section}>
                <TextLink href={`${SITE_LISTS_EDITOR}?section=${section}`}>{sectionTitle(section)}</TextLink>
              </li>
            ))}
          </ul>
        </Card>
        <Card as="section" aria-labelledby="experts-title">
          <h2 id="experts-title" className="text-lg font-semibold">
            Talent experts
          </h2>
          <p className="mt-1 text-sm text-ink-muted">
            Shown on the home, hire and booking pages; their hours and time off decide the free times on /book.
          </p>
          <ul className="mt-3 space-y-1">
            {experts.map((expert) => (
              <li key={expert.id}>
                <TextLink href={`/admin/experts/${expert.slug}`}>{expert.name}</TextLink>{" "}
                <span className="text-sm text-ink-muted">{expert.active ? expert.title : "hidden"}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <TextLink href="/admin/experts">Add or manage talent experts</TextLink>
          </p>
        </Card>
      </div>
    </>
  );
}
