"use client";

import { useActionState, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";

export type ActionState = { status: "idle" } | { status: "success"; message: string } | { status: "error"; message: string };

/** A small staff form: its fields, a submit button, and the action's answer announced above them. */
export function ActionForm({ action, children, submitLabel }: { action: (previous: ActionState, formData: FormData) => Promise<ActionState>; children: ReactNode; submitLabel: string }) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-3">
      {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
      {children}
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
