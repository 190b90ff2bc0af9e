"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef } from "react";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { register, type RegisterState } from "./actions";

export function RegisterForm() {
  const [state, action] = useActionState<RegisterState, FormData>(register, { status: "idle" });
  // React resets the form after the action, so the typed password is kept aside for the sign-in.
  const password = useRef("");

  // The account exists now: sign in with what was just typed and continue to the profile.
  useEffect(() => {
    if (state.status === "success") void signIn("credentials", { email: state.email, password: password.current, callbackUrl: "/account/profile" });
  }, [state]);

  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form
      action={action}
      onSubmit={(event) => {
        password.current = String(new FormData(event.currentTarget).get("password") ?? "");
      }}
      key={JSON.stringify(values)}
      noValidate
      className="space-y-5"
    >
      {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      {state.status === "success" ? <FormAlert tone="success">Your account is ready. Signing you in…</FormAlert> : null}
      <TextField name="name" label="Name" required autoComplete="name" maxLength={100} defaultValue={values.name} error={errors.name} />
      <TextField name="email" label="Email" type="email" required autoComplete="email" maxLength={254} defaultValue={values.email} error={errors.email} />
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
        Already registered?{" "}
        <Link href="/login" className="font-semibold text-brand-700 underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </form>
  );
}
