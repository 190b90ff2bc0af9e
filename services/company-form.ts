import "server-only";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { type ActionError, type FieldErrors, fail } from "@/domain/action-state";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "@/domain/form-fields";
import { formatRetryAfter } from "@/domain/rate-limit";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import type { SpamReason } from "@/domain/spam-reasons";
import { issueFormToken, verifyFormToken } from "./form-token";
import { clientIp } from "./request-ip";

/** A post with no token at all: a browser without JavaScript, or one that sent before its token arrived. */
export const confirmMessage = (button: string) =>
  `Almost done: please check your answers and press “${button}” once more. This confirms a person is sending it.`;

/**
 * A refusal the person can correct, for a form screened here: their answers back, and the form's token
 * (the one kept, so its age stays the form's; else a new one).
 */
export function companyFormRefusal(values: Record<string, string>) {
  return async (
    message: string,
    fieldErrors: FieldErrors = {},
    formToken?: string,
  ): Promise<ActionError & { formToken: string }> => ({
    ...fail(message, fieldErrors, values),
    formToken: formToken ?? (await issueFormToken()),
  });
}

export type CompanyPost =
  | { outcome: "refused"; message: string; formToken: string }
  | {
      outcome: "screened";
      /** The token this server signed, to be used up by what the post stores; null when there was none. */
      signed: string | null;
      /** The token to send back with a refusal the person can correct. */
      keptToken: string;
      /** No token at all: ask the person to confirm (unless it is suspect anyway). */
      missing: boolean;
      /** Looks automated: held for review, never dropped. */
      suspicion: SpamReason | null;
    };

/**
 * The spam screening of a company's form (the contact form, "ask to interview"): the signed form
 * token, the honeypot and a per-network limit that counts suspect posts too, so the quarantine cannot
 * be filled without limit. A refusal the person can correct passes the same token back: its age is
 * the form's, so a quick fix is not judged "too fast", and it is used up only by what it stores.
 */
export async function screenCompanyPost(formData: FormData): Promise<CompanyPost> {
  const submitted = formData.get(TOKEN_FIELD);
  const missing = submitted === null || submitted === "";
  const honeypot = formData.get(HONEYPOT_FIELD);
  const token = await verifyFormToken(submitted);
  if (token === "expired")
    return {
      outcome: "refused",
      message: "This form was open for a long time, so we refreshed it. Please send it again: your answers are kept.",
      formToken: await issueFormToken(),
    };
  // Only a token this server signed can be used up; a forged one is worth nothing on a second try.
  const signed = typeof submitted === "string" && (token === "ok" || token === "too-fast") ? submitted : null;
  const keptToken = signed ?? (await issueFormToken());
  // A person's autofill or a quick hand can look automated too: suspect posts are held, not dropped.
  const suspicion = ((): SpamReason | null => {
    if (typeof honeypot === "string" && honeypot.length > 0) return "honeypot";
    if (missing) return null;
    if (!signed) return "bad-token";
    return token === "too-fast" ? "too-fast" : null;
  })();
  const limit = await consumeRateLimit(
    `contact:${await clientIp()}`,
    RATE_LIMITS.contact.max,
    RATE_LIMITS.contact.windowMs,
  );
  if (!limit.allowed)
    return {
      outcome: "refused",
      message: `We have received several requests from your network in the last hour. Please try again in ${formatRetryAfter(limit.retryAfterMs)}, or email us directly.`,
      formToken: keptToken,
    };
  return { outcome: "screened", signed, keptToken, missing, suspicion };
}
