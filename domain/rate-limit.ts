import { createHmac } from "node:crypto";

/**
 * The key a rate-limit counter is stored under: an HMAC of `kind:subject` with a per-database
 * secret, so the table never holds an email or a client address and a stolen copy cannot be
 * searched for one without the secret.
 */
export function hashRateLimitKey(secret: string, key: string): string {
  return createHmac("sha256", secret).update(key).digest("base64url");
}

/** "1 minute", "14 minutes", "3 hours": how long until a refused request may be tried again. */
export function formatRetryAfter(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes <= 90) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}
