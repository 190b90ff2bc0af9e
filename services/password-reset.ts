import "server-only";
import { requestPasswordReset } from "@/db/queries/password-resets";
import { consumeRateLimits } from "@/db/queries/rate-limits";
import { createManageToken, hashManageToken } from "@/domain/manage-token";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { passwordResetEmail } from "./account-emails";

/** What became of a request for a reset link; the same whether or not an account has the address. */
export type ResetLinkRequest =
  | { ok: true }
  | { ok: false; reason: "address-limit"; retryAfterMs: number }
  | { ok: false; reason: "recently-sent"; sentAgoMs: number; retryAfterMs: number };

/**
 * A reset link for `email` (lower-cased), asked from the client address `ip`: queued when an account
 * has the address. The client address counts every request; the email counts only the emails sent
 * (one per RATE_LIMITS.passwordReset.perEmail, whoever asks), so a request it refuses finds the
 * newest link still working in the inbox: strangers can delay the owner's next email, never lock them out.
 */
export async function requestResetLink(email: string, ip: string, now = Date.now()): Promise<ResetLinkRequest> {
  const { perIp, perEmail } = RATE_LIMITS.passwordReset;
  const fromAddress = await consumeRateLimits([{ key: `reset-ip:${ip}`, ...perIp }], now);
  if (!fromAddress.allowed) return { ok: false, reason: "address-limit", retryAfterMs: fromAddress.retryAfterMs };
  const toEmail = await consumeRateLimits([{ key: `reset-email:${email}`, ...perEmail }], now);
  if (!toEmail.allowed)
    // The window starts with the email it let through: its age is the time since then.
    return {
      ok: false,
      reason: "recently-sent",
      sentAgoMs: perEmail.windowMs - toEmail.retryAfterMs,
      retryAfterMs: toEmail.retryAfterMs,
    };
  const token = createManageToken();
  await requestPasswordReset(email, hashManageToken(token), (user) => passwordResetEmail(user, token), now);
  return { ok: true };
}
