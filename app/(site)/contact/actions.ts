"use server";

import { quarantineContactRequest } from "@/db/queries/contact-quarantine";
import { createContactRequest } from "@/db/queries/contact-requests";
import { listSeniorityOptions } from "@/db/queries/content";
import { type ActionState, firstErrors, formValues, UNREADABLE_FORM } from "@/domain/action-state";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "@/domain/form-fields";
import { usedFormTokenRecord } from "@/domain/form-guard";
import { contactRequestSchema } from "@/domain/validation/contact";
import { contactReceiptEmail } from "@/services/account-emails";
import { companyFormRefusal, confirmMessage, screenCompanyPost } from "@/services/company-form";
import { issueFormToken } from "@/services/form-token";
import { contactRequestsCounter } from "@/services/metrics";
import { sourcePageFromReferer } from "@/services/source-page";

/** `reference` is null when the request was held for review as suspected spam: it has none until staff restore it. */
export type ContactFormState = ActionState<{ reference: string | null; name: string }> & { formToken?: string };

/** Each answer of the form, counted by outcome for the metrics (services/metrics.ts). */
async function counted(
  outcome: "stored" | "held" | "invalid" | "refused" | "to-confirm" | "already-sent",
  state: ContactFormState | Promise<ContactFormState>,
): Promise<ContactFormState> {
  contactRequestsCounter.inc({ outcome });
  return state;
}

/** The open form's token: the page is prerendered for everyone, so with JavaScript the form asks for its own when it loads. */
export async function requestFormToken(): Promise<string> {
  return issueFormToken();
}

export async function submitContactRequest(_previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  if (!(formData instanceof FormData)) return companyFormRefusal({})(UNREADABLE_FORM);
  const values = formValues(formData, [TOKEN_FIELD, HONEYPOT_FIELD]);
  // Which page sent the visitor here (/contact?from=/hire/backend): the page is the same for all, so
  // the address comes with the post (its Referer), and is kept with the answers for a second try.
  values.sourcePage = values.sourcePage || (await sourcePageFromReferer());
  const retry = companyFormRefusal(values);

  const screened = await screenCompanyPost(formData);
  if (screened.outcome === "refused") return counted("refused", retry(screened.message, {}, screened.formToken));
  const { signed, keptToken, missing, suspicion } = screened;

  const parsed = contactRequestSchema.safeParse({ ...Object.fromEntries(formData), sourcePage: values.sourcePage });
  const seniorityOptions = await listSeniorityOptions();
  const fieldErrors = parsed.success ? {} : firstErrors(parsed.error.flatten().fieldErrors);
  if (parsed.success && !seniorityOptions.includes(parsed.data.seniority))
    fieldErrors.seniority = "Choose one of the listed seniority levels.";
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return counted("invalid", retry("Please correct the highlighted fields.", fieldErrors, keptToken));
  }

  if (missing && !suspicion) return counted("to-confirm", retry(confirmMessage("Send request"), {}, keptToken));

  const { consent, ...request } = parsed.data;
  const alreadySent = () =>
    counted(
      "already-sent",
      retry(
        "This form was already sent, so we did not store it again. If you meant to send another request, check your answers and send it once more.",
      ),
    );
  if (suspicion || !signed) {
    const held = await quarantineContactRequest(
      request,
      suspicion ?? "bad-token",
      signed ? usedFormTokenRecord(signed) : null,
    );
    if (!held) return alreadySent();
    return counted("held", { status: "success", reference: null, name: request.name });
  }
  // A form is sent once: the token is used up by the request it stores, so a replay stores nothing.
  const saved = await createContactRequest(request, usedFormTokenRecord(signed), (reference) =>
    contactReceiptEmail(request, reference),
  );
  if (!saved) return alreadySent();
  return counted("stored", { status: "success", reference: saved.reference, name: request.name });
}
