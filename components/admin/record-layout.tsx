import type { ComponentProps, ReactNode } from "react";
import type { ActionState } from "@/domain/action-state";
import { NoteForm } from "./note-form";
import { Timeline } from "./timeline";

/**
 * A request's or a candidate's page below its heading: what is known, then the notes and activity;
 * beside it the staff's changes (status, stage, assignee, rating) and a note for that timeline.
 */
export function RecordLayout({
  children,
  timeline,
  timeZone,
  changes,
  note,
}: {
  children: ReactNode;
  timeline: ComponentProps<typeof Timeline>["entries"];
  timeZone: string;
  /** The forms of the sidebar, above "Add a note". */
  changes: ReactNode;
  note: { id: number; action: (previous: ActionState, formData: FormData) => Promise<ActionState> };
}) {
  return (
    // min-w-0 and wrap-anywhere: a long address or link breaks inside its column instead of widening the page.
    <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="min-w-0 space-y-6 wrap-anywhere">
        {children}
        <Timeline entries={timeline} timeZone={timeZone} />
      </div>
      <aside className="min-w-0 space-y-6 wrap-anywhere">
        {changes}
        <NoteForm id={note.id} action={note.action} />
      </aside>
    </div>
  );
}

/** A record's facts as label and value, two columns wide where there is room. */
export function FieldList({ fields }: { fields: [string, string][] }) {
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      {fields.map(([label, value]) => (
        <div key={label}>
          <dt className="text-ink-muted">{label}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
