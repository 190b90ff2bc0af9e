"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { type RegisterState, register } from "./actions";

export function RegisterForm() {
  const [state, action] = useActionState<RegisterState, FormData>(register, { status: "idle" });

  // The same answer whether the address was new or already had an account (its owner gets an email).
  if (state.status === "success") {
    return (
      <div role="status" className="space-y-4">
        <h2 className="text-xl font-semibold">Check your inbox</h2>
        <p>
          We sent an email to <strong className="break-all">{state.email}</strong>. Open the link in it to confirm your
          address; it works for 24 hours.
        </p>
        <p className="text-ink-muted">
          Then sign in to fill in your profile. Nothing arrived after a few minutes? Look in your spam folder, or sign
          in and send the link again from your account page.
        </p>
        <TextLink href="/login?callbackUrl=%2Faccount%2Fprofile" className="inline-block">
          Sign in
        </TextLink>
      </div>
    );
  }

  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <ActionForm action={action} noValidate className="space-y-5">
      {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      <TextField
        name="name"
        label="Name"
        required
        autoComplete="name"
        maxLength={100}
        defaultValue={values.name}
        error={errors.name}
      />
      <TextField
        name="email"
        label="Email"
        type="email"
        required
        autoComplete="email"
        maxLength={254}
        defaultValue={values.email}
        error={errors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        required
        autoComplete="new-password"
        maxLength={128}
        hint="At least 10 characters. A few unrelated words make a strong password."
        error={errors.password}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      <p className="text-sm text-ink-muted">
        Already registered? <TextLink href="/login">Sign in</TextLink>
      </p>
    </ActionForm>
  );
}
