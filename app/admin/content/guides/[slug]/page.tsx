import { notFound } from "next/navigation";
import { ContentEditor, ContentList } from "@/components/admin/content-editor";
import { getGuideForEdit } from "@/db/queries/content-admin";
import { guideSections, pickSection } from "@/domain/content-kinds";
import { requireStaff } from "@/services/session";
import { deleteRow, saveRow } from "../../actions";

export const metadata = { title: "Edit guide" };

export default async function EditGuidePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = await searchParams;
  const section = pickSection(guideSections, query.section);
  const actor = await requireStaff(`/admin/content/guides/${slug}`);
  const data = await getGuideForEdit(actor, slug);
  if (!data) notFound();
  const comparisonSection = data.lists.section.find((row) => row.key === "comparison");
  return (
    <ContentEditor
      title={data.guide.title}
      publicPath={`/guides/${data.guide.slug}`}
      path={`/admin/content/guides/${data.guide.slug}`}
      sections={guideSections}
      current={section}
      intro={
        <>
          Sections appear on the guide in their order; a section’s bullet list stays as it is when you edit its heading
          or text. The rows under “Frontend vs backend rows” fill the table in the section “
          {comparisonSection?.heading ?? "Frontend vs backend development"}”.
        </>
      }
    >
      <ContentList
        kind={section}
        rows={data.lists[section]}
        parentId={data.guide.id}
        deleted={query.deleted}
        save={saveRow}
        remove={deleteRow}
      />
    </ContentEditor>
  );
}
