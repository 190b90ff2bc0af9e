"use server";

import { quarantineContactRequest } from "@/db/queries/contact-quarantine";
import { getDirectoryProfile } from "@/db/queries/directory";
import { type ActionState, firstErrors, formValues, UNREADABLE_FORM } from "@/domain/action-state";
import { isPublicId } from "@/domain/directory";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "@/domain/form-fields";
import { usedFormTokenRecord } from "@/domain/form-guard";
import { interviewAskSchema } from "@/domain/validation/directory";
import { UNSPECIFIED_SENIORITY } from "@/domain/vocabulary";
import { interviewAskReceiptEmail } from "@/services/account-emails";
import { companyFormRefusal, confirmMessage, screenCompanyPost } from "@/services/company-form";
import { issueFormToken } from "@/services/form-token";
import { askToInterview, type InterviewAskRefusal } from "@/services/hiring/ask-to-interview";
import { directoryAskEmail } from "@/services/shortlist-emails";

/** `reference` is null when the request was held for review as suspected spam. */
export type InterviewAskState = ActionState<{ reference: string | null; joined?: boolean }> & { formToken?: string };

const ALREADY_SENT = "This form was already sent, so we did not store it again. Your first request reached us.";

/** What the company is told when its ask is refused (nothing was stored). */
const askRefusals: Record<InterviewAskRefusal, string> = {
  replayed: ALREADY_SENT,
  gone: "This developer left the directory a moment ago, so nothing was sent.",
};

/** The form's signed token, asked for once the (cached) profile page is on screen. */
export async function requestAskToken(): Promise<string> {
  return issueFormToken();
}

/**
 * "Ask to interview this developer": screened like the contact form (token, honeypot, per-network
 * limit; suspect posts held for review), then a request with the developer proposed on it.
 */
export async function askToInterviewDeveloper(
  _previous: InterviewAskState,
  formData: FormData,
): Promise<InterviewAskState> {
  if (!(formData instanceof FormData)) return companyFormRefusal({})(UNREADABLE_FORM);
  const values = formValues(formData, [TOKEN_FIELD, HONEYPOT_FIELD]);
  const retry = companyFormRefusal(values);

  const screened = await screenCompanyPost(formData);
  if (screened.outcome === "refused") return retry(screened.message, {}, screened.formToken);
  const { signed, keptToken, missing, suspicion } = screened;

  const publicId = String(formData.get("developer") ?? "");
  const profile = isPublicId(publicId) ? await getDirectoryProfile(publicId, "UTC") : null;
  if (!profile)
    return retry(
      "This developer is no longer in the directory, so nothing was sent. Other developers may suit you: see the directory, or send us a request.",
      {},
      keptToken,
    );
  const parsed = interviewAskSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return retry("Please correct the highlighted fields.", firstErrors(parsed.error.flatten().fieldErrors), keptToken);
  if (missing && !suspicion) return retry(confirmMessage("Ask to interview"), {}, keptToken);

  const { consent: _agreed, ...ask } = parsed.data;
  const request = {
    ...ask,
    role: "Backend developer",
    seniority: profile.seniority ?? UNSPECIFIED_SENIORITY,
    developers: 1,
    budget: null,
    // The developer's public name stays out of the request: the proposal (or the source page) says who.
    message: `Asked to interview a developer from the directory:\n\n${ask.message}`,
    sourcePage: `/developers/${publicId}`,
  };
  const alreadySent = () => retry(ALREADY_SENT);
  if (suspicion || !signed) {
    const held = await quarantineContactRequest(
      request,
      suspicion ?? "bad-token",
      signed ? usedFormTokenRecord(signed) : null,
    );
    return held ? { status: "success", reference: null } : alreadySent();
  }
  const result = await askToInterview(publicId, request, usedFormTokenRecord(signed), {
    receipt: (receipt) => interviewAskReceiptEmail(request, receipt),
    candidate: directoryAskEmail,
  });
  // A replay's token is spent, so the refusal carries a fresh one; the profile that left keeps the form's.
  if (!result.ok) return retry(askRefusals[result.reason], {}, result.reason === "gone" ? keptToken : undefined);
  return { status: "success", ...result.value };
}
