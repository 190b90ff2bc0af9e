"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatRetryAfter } from "@/domain/rate-limit";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { type ForgotState, requestReset } from "./actions";

export function ForgotForm() {
  const [state, action] = useActionState<ForgotState, FormData>(requestReset, { status: "idle" });
  if (state.status === "success" && state.recent) {
    return (
      <FormAlert tone="success">
        If an account exists for {state.email}, we emailed it a link to choose a new password less than{" "}
        {formatRetryAfter(state.recent.sentAgoMs)} ago. We send one every{" "}
        {formatRetryAfter(RATE_LIMITS.passwordReset.perEmail.windowMs)} at most, and each works for one hour: please use
        the newest email (look in the spam folder too). You can ask for another in{" "}
        {formatRetryAfter(state.recent.retryAfterMs)}.
      </FormAlert>
    );
  }
  if (state.status === "success") {
    return (
      <FormAlert tone="success">
        If an account exists for {state.email}, we have emailed it a link to choose a new password. The link works for
        one hour.
      </FormAlert>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="space-y-5">
      <TextField
        name="email"
        label="Email"
        type="email"
        required
        autoComplete="email"
        maxLength={254}
        defaultValue={state.status === "error" ? state.values.email : undefined}
        error={errors.email}
      />
      <SubmitButton pendingLabel="Sending…">Email me a reset link</SubmitButton>
    </ActionForm>
  );
}
