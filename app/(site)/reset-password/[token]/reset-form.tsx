"use client";

import { useActionState } from "react";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import type { ActionState } from "@/domain/action-state";
import { chooseNewPassword } from "./actions";

export function ResetForm({ token }: { token: string }) {
  const [state, action] = useActionState<ActionState, FormData>(chooseNewPassword, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} noValidate className="space-y-5">
      {state.status === "error" ? (
        <FormAlert tone="error">
          {state.message}{" "}
          {errors.password ? null : (
            <TextLink variant="inherit" href="/forgot-password">
              Request a new link
            </TextLink>
          )}
        </FormAlert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        required
        autoComplete="new-password"
        maxLength={128}
        hint="At least 10 characters."
        error={errors.password}
      />
      <SubmitButton pendingLabel="Saving…">Save new password</SubmitButton>
    </form>
  );
}
