import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { ContentEditor, ContentList } from "@/components/admin/content-editor";
import { Card } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { getRoleForEdit } from "@/db/queries/content-admin";
import { pickSection, roleSections } from "@/domain/content-kinds";
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
    <ContentEditor
      title={role.name}
      publicPath={`/hire/${role.slug}`}
      path={`/admin/content/roles/${role.slug}`}
      sections={roleSections}
      current={section}
    >
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
        <ContentList
          kind={section}
          rows={lists[section]}
          parentId={role.id}
          deleted={query.deleted}
          save={saveRow}
          remove={deleteRow}
        />
      )}
    </ContentEditor>
  );
}
