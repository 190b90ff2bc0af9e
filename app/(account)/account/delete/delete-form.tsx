"use client";

import { useActionState } from "react";
import { CheckboxField, FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/domain/action-state";
import { deleteAccount } from "./actions";

export function DeleteForm() {
  const [state, action] = useActionState<ActionState, FormData>(deleteAccount, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="space-y-5">
      {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      <CheckboxField
        name="confirm"
        error={errors.confirm}
        label="I understand that my profile, CV and personal data will be erased and cannot be recovered."
      />
      <TextField
        name="password"
        label="Your password"
        type="password"
        required
        autoComplete="current-password"
        error={errors.password}
      />
      <SubmitButton pendingLabel="Deleting…" variant="danger">
        Delete my account
      </SubmitButton>
    </form>
  );
}
