import { ContentEditor, ContentList } from "@/components/admin/content-editor";
import { getSiteListsForEdit } from "@/db/queries/content-admin";
import { pickSection, SITE_LISTS_EDITOR, siteSections } from "@/domain/content-kinds";
import { requireStaff } from "@/services/session";
import { deleteRow, saveRow } from "../actions";

export const metadata = { title: "Edit how it works" };

export default async function EditSiteListsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const section = pickSection(siteSections, query.section);
  const actor = await requireStaff(SITE_LISTS_EDITOR);
  const lists = await getSiteListsForEdit(actor);
  return (
    <ContentEditor
      title="How it works, hiring models and FAQ"
      publicPath="/how-it-works"
      path={SITE_LISTS_EDITOR}
      sections={siteSections}
      current={section}
      intro="Companies read these on /how-it-works; the questions and answers are also given to search engines as an FAQ. Keep each step's time true to what companies experience."
    >
      <ContentList kind={section} rows={lists[section]} deleted={query.deleted} save={saveRow} remove={deleteRow} />
    </ContentEditor>
  );
}
