"use client";

import { useActionState } from "react";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/domain/action-state";
import { changePassword } from "./actions";

export function PasswordForm() {
  const [state, action] = useActionState<ActionState, FormData>(changePassword, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="space-y-5">
      {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      {state.status === "success" ? <FormAlert tone="success">{state.message}</FormAlert> : null}
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        required
        autoComplete="current-password"
        error={errors.currentPassword}
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        required
        autoComplete="new-password"
        maxLength={128}
        hint="At least 10 characters."
        error={errors.newPassword}
      />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </form>
  );
}
