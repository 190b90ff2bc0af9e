import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "./action-form";

/** "Add a note" on a request or a candidate: both feed the same activity timeline. */
export function NoteForm({ id, action }: { id: number; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <section aria-labelledby="note-title" className="rounded-(--radius-card) border border-line bg-white p-5">
      <h2 id="note-title" className="mb-3 font-semibold">
        Add a note
      </h2>
      <ActionForm action={action} submitLabel="Add note" resetOnSuccess>
        <input type="hidden" name="id" value={id} />
        <label htmlFor="note-body" className="block text-sm font-semibold">
          Note
        </label>
        <textarea id="note-body" name="body" rows={4} maxLength={5000} className="w-full rounded-lg border border-line px-3 py-2" />
      </ActionForm>
    </section>
  );
}
