"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import type { ActionState } from "@/domain/action-state";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** A one-button form posting the manage token (and any extra fields) to a booking action. */
export function ManageActionForm({
  action,
  fields,
  label,
  pendingLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-4">
      {state.status === "error" ? (
        <FormAlert tone="error">
          {state.message}
          {state.alternatives?.length ? (
            <ul className="mt-2 space-y-1">
              {state.alternatives.map((slot) => (
                <li key={slot.href}>
                  <TextLink variant="inherit" href={slot.href}>
                    {slot.label}
                  </TextLink>
                </li>
              ))}
            </ul>
          ) : null}
        </FormAlert>
      ) : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
    </form>
  );
}
