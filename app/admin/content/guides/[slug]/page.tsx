import Link from "next/link";
import { notFound } from "next/navigation";
import { RowEditor } from "@/components/admin/row-editor";
import { getGuideForEdit } from "@/db/queries/content-admin";
import { SectionNav } from "@/components/admin/section-nav";
import { UnsavedChangesGuard } from "@/components/admin/unsaved-changes-guard";
import { contentKinds, deletedNotice, guideSections, pickSection, rowLabel, sectionTitle } from "@/lib/content-kinds";
import { requireStaff } from "@/lib/session";
import { deleteRow, saveRow } from "../../actions";

export const metadata = { title: "Edit guide" };

export default async function EditGuidePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const query = await searchParams;
  const section = pickSection(guideSections, query.section);
  const actor = await requireStaff(`/admin/content/guides/${slug}`);
  const data = await getGuideForEdit(actor, slug);
  if (!data) notFound();
  return (
    <>
      <Link href="/admin/content" className="text-sm font-semibold text-brand-700 underline underline-offset-4">
        All content
      </Link>
      <h1 className="mt-3 text-2xl font-bold">{data.guide.title}</h1>
      <p className="mt-1 text-sm">
        {/* Not prefetched: a prefetch renders the public page while an edit may be committing, and could cache the old version. */}
        Public page:{" "}
        <Link href={`/guides/${data.guide.slug}`} prefetch={false} className="text-brand-700 underline underline-offset-4">
          /guides/{data.guide.slug}
        </Link>
      </p>
      <p className="mt-3 max-w-3xl text-sm text-ink-muted">
        Sections appear on the guide in their order; a section’s bullet list stays as it is when you edit its heading or text. The rows
        under “Frontend vs backend rows” fill the table in the section “{data.lists.section.find((section) => section.key === "comparison")?.heading ?? "Frontend vs backend development"}”.
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
