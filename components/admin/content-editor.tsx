import type { ReactNode } from "react";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import type { ActionState } from "@/domain/action-state";
import {
  type ContentKind,
  contentKinds,
  deletedNotice,
  type EditorSection,
  rowLabel,
  sectionTitle,
} from "@/domain/content-kinds";
import { RowEditor } from "./row-editor";
import { SectionNav } from "./section-nav";
import { UnsavedChangesGuard } from "./unsaved-changes-guard";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** A content editor page (a role's, a guide's, the site lists'): its public page, its sections as tabs, the one shown. */
export function ContentEditor({
  title,
  publicPath,
  path,
  sections,
  current,
  intro,
  children,
}: {
  title: string;
  publicPath: string;
  /** The editor's own address; each section is `?section=` on it. */
  path: string;
  sections: readonly EditorSection[];
  current: EditorSection;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <TextLink href="/admin/content" className="text-sm">
        All content
      </TextLink>
      <PageTitle size="admin" className="mt-3">
        {title}
      </PageTitle>
      <p className="mt-1 text-sm">
        {/* Not prefetched: a prefetch renders the public page while an edit may be committing, and could cache the old version. */}
        Public page:{" "}
        <TextLink variant="plain" href={publicPath} prefetch={false}>
          {publicPath}
        </TextLink>
      </p>
      {intro ? <p className="mt-3 max-w-3xl text-sm text-ink-muted">{intro}</p> : null}
      <div className="mt-6">
        <SectionNav
          label="Sections of this page"
          path={path}
          sections={sections.map((key) => ({ key, title: sectionTitle(key) }))}
          current={current}
        />
      </div>
      <UnsavedChangesGuard>
        <div className="mt-6">{children}</div>
      </UnsavedChangesGuard>
    </>
  );
}

/** A section that is one content list: each row its own form, and a form to add one. */
export function ContentList({
  kind,
  rows,
  parentId,
  deleted,
  save,
  remove,
}: {
  kind: ContentKind;
  rows: (Record<string, unknown> & { id: number })[];
  /** The role or guide the list belongs to; none for the site-wide lists. */
  parentId?: number;
  /** `?deleted=` of the URL: what the last deletion here removed. */
  deleted: unknown;
  save: Action;
  remove: Action;
}) {
  return (
    <RowEditor
      // Remounted after a deletion, so no other form's old answer ("Added…") reads as its result.
      key={`${kind}:${String(deleted)}`}
      kind={kind}
      title={contentKinds[kind].title}
      fields={contentKinds[kind].fields}
      rows={rows}
      parentId={parentId}
      save={save}
      remove={remove}
      rowLabel={(row) => rowLabel(kind, row)}
      notice={deletedNotice(deleted)}
    />
  );
}
