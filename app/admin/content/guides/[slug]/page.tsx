import { notFound } from "next/navigation";
import { RowEditor } from "@/components/admin/row-editor";
import { SectionNav } from "@/components/admin/section-nav";
import { UnsavedChangesGuard } from "@/components/admin/unsaved-changes-guard";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getGuideForEdit } from "@/db/queries/content-admin";
import {
  contentKinds,
  deletedNotice,
  guideSections,
  pickSection,
  rowLabel,
  sectionTitle,
} from "@/domain/content-kinds";
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
  return (
    <>
      <TextLink href="/admin/content" className="text-sm">
        All content
      </TextLink>
      <PageTitle size="admin" className="mt-3">
        {data.guide.title}
      </PageTitle>
      <p className="mt-1 text-sm">
        {/* Not prefetched: a prefetch renders the public page while an edit may be committing, and could cache the old version. */}
        Public page:{" "}
        <TextLink variant="plain" href={`/guides/${data.guide.slug}`} prefetch={false}>
          /guides/{data.guide.slug}
        </TextLink>
      </p>
      <p className="mt-3 max-w-3xl text-sm text-ink-muted">
        Sections appear on the guide in their order; a section’s bullet list stays as it is when you edit its heading or
        text. The rows under “Frontend vs backend rows” fill the table in the section “
        {data.lists.section.find((section) => section.key === "comparison")?.heading ??
          "Frontend vs backend development"}
        ”.
      </p>
      <div className="mt-6">
        <SectionNav
          label="Sections of this page"
          path={`/admin/content/guides/${data.guide.slug}`}
          sections={guideSections.map((key) => ({ key, title: sectionTitle(key) }))}
          current={section}
        />
      </div>
      <UnsavedChangesGuard>
        <div className="mt-6">
          <RowEditor
            // Remounted after a deletion, so no other form's old answer ("Added…") reads as its result.
            key={`${section}:${String(query.deleted)}`}
            kind={section}
            title={contentKinds[section].title}
            fields={contentKinds[section].fields}
            rows={data.lists[section]}
            parentId={data.guide.id}
            save={saveRow}
            remove={deleteRow}
            rowLabel={(row) => rowLabel(section, row)}
            notice={deletedNotice(query.deleted)}
          />
        </div>
      </UnsavedChangesGuard>
    </>
  );
}
