"use server";

import { z } from "zod";
import { type ActionState, fail } from "@/domain/action-state";
import { formatRetryAfter } from "@/domain/rate-limit";
import { workEmail } from "@/domain/validation/contact";
import { publicAction } from "@/services/action";
import { requestResetLink } from "@/services/password-reset";
import { clientIp } from "@/services/request-ip";

/** `recent`: nothing was sent now, as a link went to the address lately (how long ago, and until when). */
type ResetAnswer = { email: string; recent?: { sentAgoMs: number; retryAfterMs: number } };
export type ForgotState = ActionState<ResetAnswer>;

const schema = z.object({ email: workEmail });

export const requestReset = publicAction<typeof schema, ResetAnswer>(
  { schema, summary: "Please correct the highlighted field.", firstOfRepeated: true },
  async (input) => {
    const email = input.email.toLowerCase();
    const result = await requestResetLink(email, await clientIp());
    // The same answer whether or not the account exists; but never "sent" when nothing was sent.
    if (result.ok) {
      return { status: "success", email };
    }
    if (result.reason === "recently-sent")
      return { status: "success", email, recent: { sentAgoMs: result.sentAgoMs, retryAfterMs: result.retryAfterMs } };
    const message = `Too many reset requests. Please try again in ${formatRetryAfter(result.retryAfterMs)}.`;
    return fail(message, { email: message });
  },
);
