"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { answerAsCompany } from "@/db/queries/shortlists";
import { fail } from "@/domain/action-state";
import { COMPANY_COMMENT_MAX } from "@/domain/form-fields";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { recordId } from "@/domain/validation/fields";
import { notAFitReasons } from "@/domain/vocabulary";
import { publicAction } from "@/services/action";
import { sendEmailsSoon } from "@/services/mailer";
import { companyAnswerEmails } from "@/services/shortlist-emails";

const LINK_CLOSED = "This shortlist link no longer works. Please ask your talent manager for a new one.";

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
    if (result === "closed") return fail(LINK_CLOSED);
    if (result === "missing") return fail("This candidate is no longer on your shortlist.");
    if (result === "already-answered") return fail("You have already answered for this candidate.");
    sendEmailsSoon();
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
