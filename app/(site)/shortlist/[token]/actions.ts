"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { findInterviewProposalId } from "@/db/queries/interviews";
import { fail } from "@/domain/action-state";
import { COMPANY_COMMENT_MAX } from "@/domain/form-fields";
import { INTERVIEW_RULES } from "@/domain/interviews";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { formatRetryAfter } from "@/domain/rate-limit";
import { isValidTimeZone } from "@/domain/slots";
import { parseLocalInput } from "@/domain/time-zones";
import { meetingLinkSchema } from "@/domain/validation/expert";
import { changeReason, recordId } from "@/domain/validation/fields";
import { plainText } from "@/domain/validation/text";
import { notAFitReasons } from "@/domain/vocabulary";
import { currentZoneName } from "@/domain/zone-names";
import { publicAction } from "@/services/action";
import { answerAsCompany, type CompanyAnswerRefusal } from "@/services/hiring/company-answer";
import { type BookingRefusal, bookInterview } from "@/services/hiring/interview-booking";
import { type CancelRefusal, cancelInterviewAsCompany } from "@/services/hiring/interview-cancel";
import { type SuggestionRefusal, suggestInterviewTimes } from "@/services/hiring/interview-suggestion";
import {
  interviewBookedEmails,
  interviewCancelledEmails,
  interviewTimesSuggestedEmail,
} from "@/services/interview-emails";
import { claimMeetingChange } from "@/services/meeting-changes";
import { companyAnswerEmails, shortlistUrl } from "@/services/shortlist-emails";

const LINK_CLOSED = "This shortlist link no longer works. Please ask your talent manager for a new one.";

/** What the company is told when its answer on a candidate is refused. */
const answerRefusals: Record<CompanyAnswerRefusal, string> = {
  closed: LINK_CLOSED,
  missing: "This candidate is no longer on your shortlist.",
  "already-answered": "You have already answered for this candidate.",
};

const NO_LONGER_BOOKED = "This interview is no longer booked.";

/** What the company is told when its booking (or move) is refused. */
const bookingRefusals: Record<BookingRefusal, string> = {
  closed: LINK_CLOSED,
  taken: "That hour is no longer free. The times below are up to date: please choose another.",
  "too-late":
    "The interview starts within 2 hours, so it can no longer be moved here. Please reply to your talent manager’s email.",
  unchanged: "That is the time your interview already has.",
};

/** What the company is told when its cancellation is refused. */
const cancelRefusals: Record<CancelRefusal, string> = {
  missing: NO_LONGER_BOOKED,
  "too-late":
    "The interview starts within 2 hours, so it can no longer be cancelled here. Please reply to your talent manager’s email.",
};

/** What the company is told when its suggested times are refused. */
const suggestionRefusals: Record<SuggestionRefusal, string> = { closed: LINK_CLOSED };

/** A move, cancellation or suggestion refused by the meeting-change limit (the same as a call's). */
const tooManyChanges = (retryAfterMs: number) =>
  fail(
    `This interview has been changed several times recently, and each change emails the candidate. Please try again in ${formatRetryAfter(retryAfterMs)}, or write to your talent manager.`,
  );

/**
 * The company's "Interview" or "Not a fit" on one candidate. The token in the form is the only key:
 * it opens one request's shortlist, and the data layer refuses a proposal of any other.
 */
export const answerShortlist = publicAction(
  {
    summary: "Please correct the highlighted field.",
    schema: z
      .object({
        token: z.string(),
        proposalId: recordId,
        answer: z.enum(["interview", "not_a_fit"], { error: "Choose “Interview” or “Not a fit”." }),
        reason: z
          .union([z.literal(""), z.enum(notAFitReasons)], { error: "Choose a reason from the list." })
          .default(""),
        comment: z
          .string()
          .trim()
          .max(COMPANY_COMMENT_MAX, `Please keep this under ${COMPANY_COMMENT_MAX} characters.`)
          .refine(...plainText("comment", { multiline: true }))
          .default(""),
      })
      .refine((input) => input.answer !== "not_a_fit" || input.reason !== "", {
        path: ["reason"],
        message: "Choose the main reason: it helps us send better candidates.",
      }),
  },
  async (input) => {
    if (!isWellFormedToken(input.token)) return fail(LINK_CLOSED);
    const answer =
      input.answer === "interview"
        ? ({ kind: "interview" } as const)
        : ({ kind: "not_a_fit", reason: input.reason || "other", comment: input.comment } as const);
    const result = await answerAsCompany(hashManageToken(input.token), input.proposalId, answer, companyAnswerEmails);
    if (!result.ok) return fail(answerRefusals[result.reason]);
    revalidatePath("/(site)/shortlist/[token]", "page");
    return {
      status: "success",
      message:
        answer.kind === "interview"
          ? "Thank you: their contact details are below, and your talent manager will arrange the interview."
          : "Thank you for telling us why. We will look for a closer match.",
    };
  },
);

/** The company books (or moves) an interview in the candidate's free hours. */
export const bookInterviewSlot = publicAction(
  {
    summary: "Please correct the highlighted fields.",
    schema: z.object({
      token: z.string(),
      proposalId: recordId,
      start: z.coerce.number({ error: "Choose a time." }).int("Choose a time.").positive("Choose a time."),
      meetingLink: meetingLinkSchema,
      tz: z.string().refine(isValidTimeZone, "Choose a time zone from the list.").transform(currentZoneName),
    }),
  },
  async (input) => {
    if (!isWellFormedToken(input.token)) return fail(LINK_CLOSED);
    const claim = await claimMeetingChange({ interview: input.proposalId });
    if (!claim.allowed) return tooManyChanges(claim.retryAfterMs);
    const result = await bookInterview(
      hashManageToken(input.token),
      input.proposalId,
      { start: input.start, meetingLink: input.meetingLink, companyTimeZone: input.tz },
      (interview, previous) => interviewBookedEmails(interview, previous, shortlistUrl(input.token)),
    );
    // A first booking is no change, and a refusal changed nothing: neither uses up the allowance.
    if (!result.ok || !result.value.moved) await claim.release();
    if (!result.ok) {
      const anotherTime = result.reason === "taken" || result.reason === "unchanged";
      return fail(bookingRefusals[result.reason], anotherTime ? { start: "Choose another time." } : {});
    }
    revalidatePath("/(site)/shortlist/[token]", "layout");
    redirect(`/shortlist/${input.token}?interview=${result.value.moved ? "moved" : "booked"}`);
  },
);

/** The company cancels an interview of its shortlist, optionally saying why. */
export const cancelInterviewByCompany = publicAction(
  {
    schema: z.object({
      token: z.string(),
      interviewId: recordId,
      reason: changeReason.default(""),
    }),
  },
  async (input) => {
    if (!isWellFormedToken(input.token)) return fail(LINK_CLOSED);
    const proposalId = await findInterviewProposalId(input.interviewId);
    if (proposalId === null) return fail(NO_LONGER_BOOKED);
    const claim = await claimMeetingChange({ interview: proposalId });
    if (!claim.allowed) return tooManyChanges(claim.retryAfterMs);
    const result = await cancelInterviewAsCompany(
      hashManageToken(input.token),
      input.interviewId,
      input.reason,
      interviewCancelledEmails,
    );
    if (!result.ok) {
      await claim.release();
      return fail(cancelRefusals[result.reason]);
    }
    revalidatePath("/(site)/shortlist/[token]", "layout");
    redirect(`/shortlist/${input.token}?interview=cancelled`);
  },
);

const SUGGESTION_FIELDS = ["time1", "time2", "time3"] as const;
const SUGGESTION_HORIZON_MS = 60 * 24 * 60 * 60 * 1000;

/** Up to three times the company suggests, in its zone, for the candidate to accept. */
export const suggestTimes = publicAction(
  {
    summary: "Please correct the highlighted fields.",
    schema: z.object({
      token: z.string(),
      proposalId: recordId,
      meetingLink: meetingLinkSchema,
      tz: z.string().refine(isValidTimeZone, "Choose a time zone from the list.").transform(currentZoneName),
      time1: z.string().default(""),
      time2: z.string().default(""),
      time3: z.string().default(""),
    }),
  },
  async (input) => {
    if (!isWellFormedToken(input.token)) return fail(LINK_CLOSED);
    const now = Date.now();
    const fieldErrors: Record<string, string> = {};
    const times: number[] = [];
    for (const field of SUGGESTION_FIELDS) {
      if (!input[field].trim()) continue;
      const parsed = parseLocalInput(input[field], input.tz);
      if (!parsed.ok) fieldErrors[field] = parsed.message;
      else if (parsed.instant - now < INTERVIEW_RULES.minNoticeMinutes * 60_000)
        fieldErrors[field] = "Suggest a time at least a day ahead, so the candidate can plan.";
      else if (parsed.instant - now > SUGGESTION_HORIZON_MS)
        fieldErrors[field] = "Suggest a time within the next 60 days.";
      else times.push(parsed.instant);
    }
    if (times.length === 0 && Object.keys(fieldErrors).length === 0) fieldErrors.time1 = "Suggest at least one time.";
    if (Object.keys(fieldErrors).length > 0) return fail("Please correct the highlighted fields.", fieldErrors);
    const claim = await claimMeetingChange({ interview: input.proposalId });
    if (!claim.allowed) return tooManyChanges(claim.retryAfterMs);
    const result = await suggestInterviewTimes(
      hashManageToken(input.token),
      input.proposalId,
      { times, meetingLink: input.meetingLink, companyTimeZone: input.tz },
      interviewTimesSuggestedEmail,
    );
    if (!result.ok) {
      await claim.release();
      return fail(suggestionRefusals[result.reason]);
    }
    revalidatePath("/(site)/shortlist/[token]", "layout");
    redirect(`/shortlist/${input.token}?interview=suggested`);
  },
);
