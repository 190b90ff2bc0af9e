"use server";

import { z } from "zod";
import { requestPasswordReset } from "@/db/queries/password-resets";
import { consumeRateLimits } from "@/db/queries/rate-limits";
import { type ActionState, fail } from "@/domain/action-state";
import { createManageToken, hashManageToken } from "@/domain/manage-token";
import { formatRetryAfter } from "@/domain/rate-limit";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { workEmail } from "@/domain/validation/contact";
import { passwordResetEmail } from "@/services/account-emails";
import { publicAction } from "@/services/action";
import { sendEmailsSoon } from "@/services/mailer";
import { clientIp } from "@/services/request-ip";

export type ForgotState = ActionState<{ email: string }>;

const schema = z.object({ email: workEmail });

export const requestReset = publicAction<typeof schema, { email: string }>(
  { schema, summary: "Please correct the highlighted field.", firstOfRepeated: true },
  async (input) => {
    const email = input.email.toLowerCase();
    const ip = await clientIp();
    const verdict = await consumeRateLimits([
      { key: `reset:${email}|${ip}`, ...RATE_LIMITS.passwordReset.perEmailAndIp },
      { key: `reset-email-day:${email}`, ...RATE_LIMITS.passwordReset.perEmailDay },
      { key: `reset-ip:${ip}`, ...RATE_LIMITS.passwordReset.perIp },
    ]);
    // The same answer whether or not the account exists; but never "sent" when nothing was sent.
    if (!verdict.allowed) {
      const message = `Too many reset requests. Please try again in ${formatRetryAfter(verdict.retryAfterMs)}.`;
      return fail(message, { email: message });
    }
    const token = createManageToken();
    await requestPasswordReset(email, hashManageToken(token), (user) => passwordResetEmail(user, token));
    sendEmailsSoon();
    return { status: "success", email };
  },
);
