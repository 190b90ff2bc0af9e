"use server";

import { quarantineContactRequest } from "@/db/queries/contact-quarantine";
import { createContactRequest } from "@/db/queries/contact-requests";
import { listSeniorityOptions } from "@/db/queries/content";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { type ActionState, firstErrors, formValues } from "@/domain/action-state";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "@/domain/form-fields";
import { usedFormTokenRecord } from "@/domain/form-guard";
import { formatRetryAfter } from "@/domain/rate-limit";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import type { SpamReason } from "@/domain/spam-reasons";
import { contactRequestSchema } from "@/domain/validation/contact";
import { contactReceiptEmail } from "@/services/account-emails";
import { issueFormToken, verifyFormToken } from "@/services/form-token";
import { sendEmailsSoon } from "@/services/mailer";
import { clientIp } from "@/services/request-ip";
import { sourcePageFromReferer } from "@/services/source-page";

/** `reference` is null when the request was held for review as suspected spam: it has none until staff restore it. */
export type ContactFormState = ActionState<{ reference: string | null; name: string }> & { formToken?: string };

/** The open form's token: the page is prerendered for everyone, so with JavaScript the form asks for its own when it loads. */
export async function requestFormToken(): Promise<string> {
  return issueFormToken();
}

/** A post with no token at all: a browser without JavaScript, or one that sent before its token arrived. */
const CONFIRM_MESSAGE =
  "Almost done: please check your answers and press “Send request” once more. This confirms a person is sending it.";

export async function submitContactRequest(_previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const values = formValues(formData, [TOKEN_FIELD, HONEYPOT_FIELD]);
  // Which page sent the visitor here (/contact?from=/hire/backend): the page is the same for all, so
  // the address comes with the post (its Referer), and is kept with the answers for a second try.
  values.sourcePage = values.sourcePage || (await sourcePageFromReferer());
  const submitted = formData.get(TOKEN_FIELD);
  const missing = submitted === null || submitted === "";
  // A refusal the person can correct passes the same token back: its age is the form's, so a quick
  // fix is not judged "too fast", and it is used up only by the request it stores.
  const retry = async (
    message: string,
    fieldErrors: Record<string, string | undefined> = {},
    formToken?: string,
  ): Promise<ContactFormState> => ({
    status: "error",
    message,
    fieldErrors,
    values,
    formToken: formToken ?? (await issueFormToken()),
  });

  const honeypot = formData.get(HONEYPOT_FIELD);
  const token = await verifyFormToken(submitted);
  if (token === "expired")
    return retry(
      "This form was open for a long time, so we refreshed it. Please send it again: your answers are kept.",
    );
  // Only a token this server signed can be used up; a forged one is worth nothing on a second try.
  const signed = typeof submitted === "string" && (token === "ok" || token === "too-fast") ? submitted : null;
  const keptToken = signed ?? (await issueFormToken());
  // Looks automated, but a person's autofill or a quick hand can look the same: held for review, never
  // dropped. A post with no token at all is asked to confirm instead (below).
  const suspicion = ((): SpamReason | null => {
    if (typeof honeypot === "string" && honeypot.length > 0) return "honeypot";
    if (missing) return null;
    if (!signed) return "bad-token";
    return token === "too-fast" ? "too-fast" : null;
  })();

  // Suspected posts count too, or the quarantine could be filled without limit.
  const limit = await consumeRateLimit(
    `contact:${await clientIp()}`,
    RATE_LIMITS.contact.max,
    RATE_LIMITS.contact.windowMs,
  );
  if (!limit.allowed) {
    const message = `We have received several requests from your network in the last hour. Please try again in ${formatRetryAfter(limit.retryAfterMs)}, or email us directly.`;
    return retry(message, {}, keptToken);
  }

  const parsed = contactRequestSchema.safeParse({ ...Object.fromEntries(formData), sourcePage: values.sourcePage });
  const seniorityOptions = await listSeniorityOptions();
  const fieldErrors = parsed.success ? {} : firstErrors(parsed.error.flatten().fieldErrors);
  if (parsed.success && !seniorityOptions.includes(parsed.data.seniority))
    fieldErrors.seniority = "Choose one of the listed seniority levels.";
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return retry("Please correct the highlighted fields.", fieldErrors, keptToken);
  }

  if (missing && !suspicion) return retry(CONFIRM_MESSAGE, {}, keptToken);

  const { consent, ...request } = parsed.data;
  const alreadySent = () =>
    retry(
      "This form was already sent, so we did not store it again. If you meant to send another request, check your answers and send it once more.",
    );
  if (suspicion || !signed) {
    const held = await quarantineContactRequest(
      request,
      suspicion ?? "bad-token",
      signed ? usedFormTokenRecord(signed) : null,
    );
    if (!held) return alreadySent();
    return { status: "success", reference: null, name: request.name };
  }
  // A form is sent once: the token is used up by the request it stores, so a replay stores nothing.
  const saved = await createContactRequest(request, usedFormTokenRecord(signed), (reference) =>
    contactReceiptEmail(request, reference),
  );
  if (!saved) return alreadySent();
  sendEmailsSoon();
  return { status: "success", reference: saved.reference, name: request.name };
}
