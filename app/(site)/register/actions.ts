"use server";

import { createCandidate } from "@/db/queries/users";
import { firstErrors, formValues, type FormState } from "@/lib/form-state";
import { passwordProblem } from "@/lib/password-policy";
import { hashPassword } from "@/lib/passwords";
import { registrationSchema } from "@/lib/validation/account";

export type RegisterState = FormState<{ email: string }>;

export async function register(_previous: RegisterState, formData: FormData): Promise<RegisterState> {
  const values = formValues(formData, ["password"]);
  const parsed = registrationSchema.safeParse(Object.fromEntries(formData));
  const fieldErrors = parsed.success ? {} : firstErrors(parsed.error.flatten().fieldErrors);
  if (parsed.success) {
    const problem = passwordProblem(parsed.data.password, { email: parsed.data.email, name: parsed.data.name });
    if (problem) fieldErrors.password = problem;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
  }
  const result = createCandidate({ name: parsed.data.name, email: parsed.data.email, passwordHash: await hashPassword(parsed.data.password) });
  if (!result.ok) {
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { email: "An account with this email already exists. Sign in, or reset your password." },
      values,
    };
  }
  return { status: "success", email: result.user.email };
}
