import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { RowEditor } from "@/components/admin/row-editor";
import { SectionNav } from "@/components/admin/section-nav";
import { UnsavedChangesGuard } from "@/components/admin/unsaved-changes-guard";
import { Card } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getRoleForEdit } from "@/db/queries/content-admin";
import { contentKinds, deletedNotice, pickSection, roleSections, rowLabel, sectionTitle } from "@/domain/content-kinds";
import { requireStaff } from "@/services/session";
import { deleteRow, editRole, saveRow } from "../../actions";

export const metadata = { title: "Edit hire page" };

export default async function EditRolePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const section = pickSection(roleSections, query.section);
  const actor = await requireStaff(`/admin/content/roles/${slug}`);
  const data = await getRoleForEdit(actor, slug);
  if (!data) notFound();
  const { role, lists } = data;

  return (
    <>
      <TextLink href="/admin/content" className="text-sm">
        All content
      </TextLink>
      <PageTitle size="admin" className="mt-3">
        {role.name}
      </PageTitle>
      <p className="mt-1 text-sm">
        {/* Not prefetched: a prefetch renders the public page while an edit may be committing, and could cache the old version. */}
        Public page:{" "}
        <TextLink variant="plain" href={`/hire/${role.slug}`} prefetch={false}>
          /hire/{role.slug}
        </TextLink>
      </p>
      <div className="mt-6">
        <SectionNav
          label="Sections of this page"
          path={`/admin/content/roles/${role.slug}`}
          sections={roleSections.map((key) => ({ key, title: sectionTitle(key) }))}
          current={section}
        />
      </div>
      <UnsavedChangesGuard>
        <div className="mt-6">
          {section === "page" ? (
            <Card as="section" aria-labelledby="role-title">
              <h2 id="role-title" className="text-lg font-semibold">
                Page
              </h2>
              <ActionForm action={editRole} submitLabel="Save page">
                <input type="hidden" name="id" value={role.id} />
                <div className="grid gap-3 sm:grid-cols-2">
                  {(
                    [
                      ["name", "Name", role.name],
                      ["headline", "Headline", role.headline],
                      ["summary", "Summary", role.summary],
                      ["salaryYear", "Year the salaries refer to", String(role.salaryYear)],
                    ] as const
                  ).map(([name, text, value]) => (
                    <div key={name}>
                      <Label htmlFor={`role-${name}`} className="text-xs">
                        {text}
                      </Label>
                      <Input id={`role-${name}`} name={name} defaultValue={value} className="mt-1 w-full text-sm" />
                    </div>
                  ))}
                </div>
              </ActionForm>
            </Card>
          ) : (
            <RowEditor
              // Remounted after a deletion, so no other form's old answer ("Added…") reads as its result.
              key={`${section}:${String(query.deleted)}`}
              kind={section}
              title={contentKinds[section].title}
              fields={contentKinds[section].fields}
              rows={lists[section]}
              parentId={role.id}
              save={saveRow}
              remove={deleteRow}
              rowLabel={(row) => rowLabel(section, row)}
              notice={deletedNotice(query.deleted)}
            />
          )}
        </div>
      </UnsavedChangesGuard>
    </>
  );
}
