import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Humans take a few seconds to fill a form; bots post at once. Forms older than this expire. */
export const FORM_MIN_AGE_MS = 3_000;
export const FORM_MAX_AGE_MS = 6 * 60 * 60 * 1000;

export type FormTokenCheck = "ok" | "invalid" | "too-fast" | "expired";

function sign(secret: string, issuedAt: number, nonce: string) {
  return createHmac("sha256", secret).update(`form:${issuedAt}:${nonce}`).digest("base64url");
}

/**
 * A render timestamp signed with the server's key, placed in a hidden field. The random nonce
 * makes every render's token its own, so two forms rendered in the same millisecond can each
 * be sent once (tokens are single-use).
 */
export function createFormToken(secret: string, now: number): string {
  const nonce = randomBytes(12).toString("base64url");
  return `${now}.${nonce}.${sign(secret, now, nonce)}`;
}

export function checkFormToken(
  secret: string,
  token: unknown,
  now: number,
  minAge = FORM_MIN_AGE_MS,
  maxAge = FORM_MAX_AGE_MS,
): FormTokenCheck {
  if (typeof token !== "string") return "invalid";
  const [issued, nonce, signature, ...rest] = token.split(".");
  const issuedAt = Number(issued);
  if (!nonce || !signature || rest.length > 0 || !Number.isSafeInteger(issuedAt)) return "invalid";
  const expected = Buffer.from(sign(secret, issuedAt, nonce));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const age = now - issuedAt;
  if (age < minAge) return "too-fast";
  if (age > maxAge) return "expired";
  return "ok";
}

/** What a used token is remembered by (its SHA-256) and until when: after that it is refused as expired anyway. */
export function usedFormTokenRecord(token: string): { tokenHash: string; expiresAt: Date } {
  const issuedAt = Number(token.split(".")[0]);
  return {
    tokenHash: createHash("sha256").update(token).digest("base64url"),
    expiresAt: new Date(issuedAt + FORM_MAX_AGE_MS),
  };
}
