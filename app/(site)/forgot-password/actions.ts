"use server";

import { after } from "next/server";
import { requestPasswordReset } from "@/db/queries/password-resets";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { formValues, type FormState } from "@/lib/form-state";
import { deliverDueEmails } from "@/lib/mailer";
import { createManageToken, hashManageToken } from "@/lib/manage-token";
import { clientIp } from "@/lib/request-ip";
import { absoluteUrl } from "@/lib/site";
import { workEmail } from "@/lib/validation/contact";

export type ForgotState = FormState<{ email: string }>;

export async function requestReset(_previous: ForgotState, formData: FormData): Promise<ForgotState> {
  const values = formValues(formData);
  const parsed = workEmail.safeParse(formData.get("email"));
  if (!parsed.success) return { status: "error", message: "Please correct the highlighted field.", fieldErrors: { email: parsed.error.issues[0]?.message }, values };
  const email = parsed.data.toLowerCase();
  const ipOk = consumeRateLimit(`reset-ip:${await clientIp()}`, 10, 60 * 60 * 1000).allowed;
  const emailOk = consumeRateLimit(`reset-email:${email}`, 3, 60 * 60 * 1000).allowed;
  // The answer is the same whether or not the account exists, so it reveals nothing.
  if (ipOk && emailOk) {
    const token = createManageToken();
    requestPasswordReset(email, hashManageToken(token), (user) => ({
      kind: "password-reset",
      to: user.email,
      subject: "Reset your Bedrock Talent password",
      text: `Hello ${user.name},\n\nUse this link within one hour to choose a new password:\n${absoluteUrl(`/reset-password/${token}`)}\n\nIf you did not ask for this, ignore this email: your password stays the same.\n\nBedrock Talent`,
    }));
    after(() => deliverDueEmails().catch((error) => console.error("[mail] delivery failed", error)));
  }
  return { status: "success", email };
}
