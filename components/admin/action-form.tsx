"use client";

import { createContext, type ReactNode, useActionState } from "react";
import { ActionForm as Form } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-fields";
import type { ActionState, FieldErrors } from "@/domain/action-state";

/** The field messages of the form's last answer, for the ActionFields inside it. */
export const FieldErrorsContext = createContext<FieldErrors>({});
const noErrors: FieldErrors = {};

/** A small staff form: its fields, a submit button, and the action's answer above them; an "add" form clears itself after a success. */
export function ActionForm({
  action,
  children,
  submitLabel,
  resetOnSuccess = false,
  variant = "primary",
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  submitLabel: string;
  resetOnSuccess?: boolean;
  /** "danger" for a destructive action (use DangerForm, which also asks first). */
  variant?: "primary" | "danger";
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <Form
      action={formAction}
      resetAfter={resetOnSuccess && state.status === "success" ? state : null}
      className="space-y-3"
    >
      {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
      <FieldErrorsContext value={state.status === "error" ? state.fieldErrors : noErrors}>
        {children}
      </FieldErrorsContext>
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? (variant === "danger" ? "Working…" : "Saving…") : submitLabel}
      </Button>
    </Form>
  );
}
