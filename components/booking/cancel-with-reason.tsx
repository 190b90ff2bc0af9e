"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextAreaField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/domain/action-state";

/**
 * "Cancel …": a red disclosure (so nothing is cancelled by a stray press, without JavaScript too)
 * holding an optional reason for the other side and the button. `fields` says what to cancel.
 */
export function CancelWithReason({
  action,
  fields,
  summary,
  reasonLabel,
  submitLabel,
  name,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  summary: string;
  reasonLabel: string;
  submitLabel: string;
  /** The form's accessible name, when the page has several. */
  name?: string;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const id = Object.values(fields).join("-");
  return (
    <details className="mt-3 rounded-lg border border-danger-700/30 open:bg-red-50/60" open={state.status !== "idle"}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center px-4 text-sm font-semibold text-danger-700">
        {summary}
      </summary>
      <ActionForm action={formAction} noValidate className="space-y-3 px-4 pb-4" aria-label={name}>
        {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
        {Object.entries(fields).map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={value} />
        ))}
        <TextAreaField
          id={`reason-${id}`}
          name="reason"
          label={reasonLabel}
          rows={2}
          defaultValue={state.status === "error" ? state.values.reason : ""}
        />
        <SubmitButton variant="danger" pendingLabel="Cancelling…">
          {submitLabel}
        </SubmitButton>
      </ActionForm>
    </details>
  );
}
