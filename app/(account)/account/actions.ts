"use server";

import { redirect } from "next/navigation";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { sendVerificationLink } from "@/services/email-verification";
import { requireRole } from "@/services/session";

/** "Send the link again": at most 3 an hour per account, and honest when that is reached. */
export async function resendVerificationLink() {
  const user = await requireRole("/account", "candidate");
  if (
    !(
      await consumeRateLimit(
        `verify-resend:${user.id}`,
        RATE_LIMITS.verifyResend.max,
        RATE_LIMITS.verifyResend.windowMs,
      )
    ).allowed
  )
    redirect("/account?notice=verify-limit");
  redirect((await sendVerificationLink(user.id)) ? "/account?notice=verify-sent" : "/account?notice=verified");
}
