import "server-only";
import { clearRateLimit, consumeRateLimits } from "@/db/queries/rate-limits";
import { getPasswordHash } from "@/db/queries/users";
import { formatRetryAfter } from "@/domain/rate-limit";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { verifyPassword } from "./passwords";

export type OwnPasswordCheck = { ok: true } | { ok: false; throttled?: string };

/**
 * Checks a signed-in person's password before a change that needs it (new password, deletion).
 * A stolen session could otherwise guess it many times a second: each try is counted up front,
 * at most 5 per account in 15 minutes, and once refused the password is not even checked.
 */
export async function checkOwnPassword(userId: number, password: string): Promise<OwnPasswordCheck> {
  const limit = { key: `own-password:${userId}`, ...RATE_LIMITS.ownPassword };
  const verdict = await consumeRateLimits([limit]);
  if (!verdict.allowed) {
    return {
      ok: false,
      throttled: `Too many wrong passwords. For your security, try again in ${formatRetryAfter(verdict.retryAfterMs)}.`,
    };
  }
  if (!(await verifyPassword(await getPasswordHash(userId), password))) return { ok: false };
  await clearRateLimit(limit.key);
  return { ok: true };
}
