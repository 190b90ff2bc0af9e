"use server";

import { z } from "zod";
import { requestPasswordReset } from "@/db/queries/password-resets";
import { consumeRateLimits } from "@/db/queries/rate-limits";
import { publicAction } from "@/lib/action";
import { fail, type ActionState } from "@/lib/action-state";
import { sendEmailsSoon } from "@/lib/mailer";
import { createManageToken, hashManageToken } from "@/lib/manage-token";
import { formatRetryAfter } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";
import { absoluteUrl } from "@/lib/site";
import { workEmail } from "@/lib/validation/contact";

export type ForgotState = ActionState<{ email: string }>;

const HOUR_MS = 60 * 60 * 1000;

const schema = z.object({ email: workEmail });

export const requestReset = publicAction<typeof schema, { email: string }>({ schema, summary: "Please correct the highlighted field." }, async (input) => {
  const email = input.email.toLowerCase();
  const ip = await clientIp();
  // Per person *and* address, so a stranger using up "3 an hour" does not silence the owner's own
  // request; a daily ceiling per email and a cap per address stop a script that rotates either.
  const verdict = consumeRateLimits([
    { key: `reset:${email}|${ip}`, max: 3, windowMs: HOUR_MS },
    { key: `reset-email-day:${email}`, max: 10, windowMs: 24 * HOUR_MS },
    { key: `reset-ip:${ip}`, max: 10, windowMs: HOUR_MS },
  ]);
  // The same answer whether or not the account exists; but never "sent" when nothing was sent.
  if (!verdict.allowed) {
    const message = `Too many reset requests. Please try again in ${formatRetryAfter(verdict.retryAfterMs)}.`;
    return fail(message, { email: message });
  }
  const token = createManageToken();
  requestPasswordReset(email, hashManageToken(token), (user) => ({
    kind: "password-reset",
    to: user.email,
    subject: "Reset your Bedrock Talent password",
    text: `Hello ${user.name},\n\nUse this link within one hour to choose a new password:\n${absoluteUrl(`/reset-password/${token}`)}\n\nIf you did not ask for this, ignore this email: your password stays the same.\n\nBedrock Talent`,
  }));
  sendEmailsSoon();
  return { status: "success", email };
});
