"use client";

import { useActionState } from "react";
import { FormAlert, TextAreaField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import type { ActionState } from "@/domain/action-state";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The second step of cancelling a call (visitor or staff): an optional reason the other side will
 * read, a red button, and a way back. A plain form, so it works without JavaScript.
 */
export function CancelCallForm({
  action,
  fields,
  reasonHint,
  submitLabel,
  keepHref,
  keepLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  reasonHint: string;
  submitLabel: string;
  keepHref: string;
  keepLabel: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { status: "idle" });
  const error = state.status === "error" ? state : null;
  return (
    <form action={formAction} className="space-y-5">
      {error && !error.fieldErrors.reason ? <FormAlert tone="error">{error.message}</FormAlert> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextAreaField
        name="reason"
        label="Reason"
        hint={reasonHint}
        maxLength={600}
        defaultValue={error?.values.reason ?? ""}
        error={error?.fieldErrors.reason}
        key={error ? JSON.stringify(error.values) : "idle"}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton variant="danger" pendingLabel="Cancelling…">
          {submitLabel}
        </SubmitButton>
        <TextLink href={keepHref} className="inline-flex min-h-11 items-center">
          {keepLabel}
        </TextLink>
      </div>
    </form>
  );
}
