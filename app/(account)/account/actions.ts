"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setOwnListing } from "@/db/queries/directory";
import { findInterviewProposalId } from "@/db/queries/interviews";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { setOwnScorecardSharing } from "@/db/queries/scorecards";
import { fail } from "@/domain/action-state";
import { formatRetryAfter } from "@/domain/rate-limit";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { SCORECARD_AUDIENCES, scorecardAudiences } from "@/domain/scorecard-consent";
import { listingSchema } from "@/domain/validation/directory";
import { changeReason, OUT_OF_DATE, recordId } from "@/domain/validation/fields";
import { candidateAction } from "@/services/action";
import { sendVerificationLink } from "@/services/email-verification";
import { answerOwnProposal, type CandidateAnswerRefusal } from "@/services/hiring/candidate-answer";
import { type AcceptRefusal, acceptSuggestedTime } from "@/services/hiring/interview-booking";
import { type CancelRefusal, cancelOwnInterview } from "@/services/hiring/interview-cancel";
import { interviewBookedEmails, interviewCancelledEmails } from "@/services/interview-emails";
import { claimMeetingChange } from "@/services/meeting-changes";
import { revalidateDirectory } from "@/services/revalidate-content";
import { requireRole } from "@/services/session";
import { candidateAnswerEmails } from "@/services/shortlist-emails";

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

/** What the candidate is told when their answer is refused. */
const answerRefusals: Record<CandidateAnswerRefusal, string> = {
  missing: "This proposal is no longer open.",
  closed: "The company has already answered, so your answer can no longer change.",
};

/** "I'm interested" or "Not now" on a role the candidate was put forward for: their own proposals only. */
export const answerProposal = candidateAction(
  {
    returnTo: "/account",
    schema: z.object({
      proposalId: recordId,
      answer: z.enum(["interested", "declined"], { error: "Choose “I’m interested” or “Not now”." }),
    }),
  },
  async (input, actor) => {
    const result = await answerOwnProposal(actor, input.proposalId, input.answer, candidateAnswerEmails);
    if (!result.ok) return fail(answerRefusals[result.reason]);
    revalidatePath("/account");
    return {
      status: "success",
      message:
        input.answer === "interested"
          ? "Thank you: we will show your profile to the company, without your name or contact details."
          : "Understood: nothing about you is shared with this company.",
    };
  },
);

const NO_LONGER_BOOKED = "This interview is no longer booked.";

/** What the candidate is told when their cancellation is refused. */
const cancelRefusals: Record<CancelRefusal, string> = {
  missing: NO_LONGER_BOOKED,
  "too-late":
    "The interview starts within 2 hours, so it can no longer be cancelled here. Please write to your talent manager.",
};

/** The candidate cancels one of their interviews (up to 2 hours before), optionally saying why. */
export const cancelMyInterview = candidateAction(
  {
    returnTo: "/account",
    schema: z.object({
      interviewId: recordId,
      reason: changeReason.default(""),
    }),
  },
  async (input, actor) => {
    const proposalId = await findInterviewProposalId(input.interviewId);
    if (proposalId === null) return fail(NO_LONGER_BOOKED);
    const claim = await claimMeetingChange({ interview: proposalId });
    if (!claim.allowed)
      return fail(
        `This interview has been changed several times recently. Please try again in ${formatRetryAfter(claim.retryAfterMs)}, or write to your talent manager.`,
      );
    const result = await cancelOwnInterview(actor, input.interviewId, input.reason, interviewCancelledEmails);
    if (!result.ok) {
      await claim.release();
      return fail(cancelRefusals[result.reason]);
    }
    revalidatePath("/account");
    return { status: "success", message: "The interview is cancelled. We have told the company." };
  },
);

/** Whether one audience (the shortlists they are on, or their public profile) sees the summary of the candidate's vetting scorecard. */
export const shareScorecard = candidateAction(
  {
    returnTo: "/account",
    schema: z.object({
      audience: z.enum(scorecardAudiences, { error: OUT_OF_DATE }),
      share: z.enum(["yes", "no"], { error: OUT_OF_DATE }),
    }),
  },
  async ({ audience, share }, actor) => {
    await setOwnScorecardSharing(actor, audience, share === "yes");
    revalidatePath("/account");
    // The public profile is a cached page: it follows at once.
    if (audience === "directory") revalidateDirectory();
    const words = SCORECARD_AUDIENCES[audience];
    return { status: "success", message: share === "yes" ? words.on : words.off };
  },
);

/** What the candidate is told when a suggested time cannot be accepted. */
const acceptRefusals: Record<AcceptRefusal, string> = {
  missing: "This time is no longer offered.",
  taken: "You already have an interview at that time. Please accept another time, or cancel the other interview first.",
};

/** The candidate accepts one of the times a company suggested: it becomes the interview. */
export const acceptInterviewTime = candidateAction(
  {
    returnTo: "/account",
    schema: z.object({ proposalId: recordId, start: z.coerce.number({ error: OUT_OF_DATE }).int(OUT_OF_DATE) }),
  },
  async (input, actor) => {
    const result = await acceptSuggestedTime(actor, input.proposalId, input.start, (interview, previous) =>
      interviewBookedEmails(interview, previous, null),
    );
    if (!result.ok) return fail(acceptRefusals[result.reason]);
    revalidatePath("/account");
    // The suggestion (and its form) gives way to the interview: the answer is said at the top of the page.
    redirect("/account?notice=interview-accepted#interviews");
  },
);

/** The candidate lists themselves in the public directory (once vetted), renames the listing, or leaves it. */
export const setListing = candidateAction({ returnTo: "/account", schema: listingSchema }, async (input, actor) => {
  const listed = input.listed === "yes";
  const result = await setOwnListing(actor, { listed, displayName: input.displayName });
  if (!result.ok) return fail("You can be listed once our talent managers have vetted your profile.");
  revalidatePath("/account");
  revalidateDirectory();
  return {
    status: "success",
    message: !listed
      ? "You are out of the directory: your public profile no longer exists."
      : result.hidden
        ? "Saved. A talent manager has hidden your listing, so companies do not see it until they show it again."
        : "Your profile is in the directory. Companies see it without your surname, email, links or CV.",
  };
});
