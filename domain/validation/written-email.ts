import { z } from "zod";
import { templateVariables, unknownVariables } from "../email-templates";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Write the ${label}.`)
    .max(max, `Keep the ${label} under ${max} characters.`)
    .refine((value) => unknownVariables(value, Object.keys(templateVariables)).length === 0, {
      error: (issue) =>
        `${unknownVariables(String(issue.input), Object.keys(templateVariables)).join(", ")} is not a variable: use the ones listed.`,
    });

/** The subject and body of an email or a template, with only known {{variables}}. */
export const writtenEmailFields = { subject: text("subject", 200), body: text("message", 5000) };
