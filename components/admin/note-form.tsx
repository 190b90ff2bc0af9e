import { Card } from "@/components/ui/card";
import { Label, Textarea } from "@/components/ui/input";
import type { ActionState } from "@/domain/action-state";
import { ActionForm } from "./action-form";

/** "Add a note" on a request or a candidate: both feed the same activity timeline. */
export function NoteForm({
  id,
  action,
}: {
  id: number;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  return (
    <Card as="section" aria-labelledby="note-title">
      <h2 id="note-title" className="mb-3 font-semibold">
        Add a note
      </h2>
      <ActionForm action={action} submitLabel="Add note" resetOnSuccess>
        <input type="hidden" name="id" value={id} />
        <Label htmlFor="note-body">Note</Label>
        <Textarea id="note-body" name="body" rows={4} maxLength={5000} className="w-full" />
      </ActionForm>
    </Card>
  );
}
