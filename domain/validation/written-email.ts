import { z } from "zod";
import { templateVariables, unknownVariables, variablesIn } from "../email-templates";
import { plainText } from "./text";

const text = (label: string, max: number, options: { multiline: boolean }) =>
  z
    .string()
    .trim()
    .min(1, `Write the ${label}.`)
    .max(max, `Keep the ${label} under ${max} characters.`)
    .refine(...plainText(label, options))
    .refine((value) => unknownVariables(value, Object.keys(templateVariables)).length === 0, {
      error: (issue) =>
        `${unknownVariables(String(issue.input), Object.keys(templateVariables)).join(", ")} is not a variable: use the ones listed.`,
    });

/**
 * A subject is kept in plain sight (the outbox, the request's timeline, the audit log), so a live
 * link may not be written into it: {{shortlist_link}} belongs in the message, which is stored redacted.
 */
export const SUBJECT_LINK_REFUSAL =
  "{{shortlist_link}} can go only in the message: the subject is shown in the dashboard, where the link would let anyone answer for the company.";

/** The subject and body of an email or a template, with only known {{variables}}. */
export const writtenEmailFields = {
  subject: text("subject", 200, { multiline: false }).refine(
    (value) => !variablesIn(value).includes("shortlist_link"),
    SUBJECT_LINK_REFUSAL,
  ),
  body: text("message", 5000, { multiline: true }),
};
