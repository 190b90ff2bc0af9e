import { z } from "zod";
import { contactRequestSchema } from "./contact";
import { recordId } from "./fields";
import { plainText } from "./text";

const line = (label: string, max: number, required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, `Keep the ${label} under ${max} characters.`)
    .refine(...plainText(label));
const optionalLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${label} under ${max} characters.`)
    .refine(...plainText(label))
    .default("")
    .transform((value) => value || null);
const paragraph = (label: string, max: number, required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, `Keep the ${label} under ${max} characters.`)
    .refine(...plainText(label, { multiline: true }));

/** "Show me in the directory" and the name the public reads (empty: initials). */
export const listingSchema = z.object({
  listed: z.enum(["yes", "no"], { error: "Choose whether to be listed." }),
  displayName: optionalLine("display name", 40),
});

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (message: string) => z.string().trim().regex(MONTH, message);

/** One position of a work history; it cannot start after the current month. */
export const positionSchema = z
  .object({
    role: line("role", 80, "Enter your role, like “Backend engineer”."),
    companyKind: line("description", 120, "Describe the company, like “Fintech start-up, 40 people”."),
    employer: optionalLine("company name", 120),
    startMonth: month("Enter the month you started, like 2021-03.").refine(
      (value) => value <= new Date().toISOString().slice(0, 7),
      "The start month cannot be in the future.",
    ),
    endMonth: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : value),
      month("Enter the month you left, like 2023-08, or leave it empty.").nullable(),
    ),
    summary: paragraph("summary", 600, "Say in a sentence or two what you built there."),
  })
  .refine((position) => position.endMonth === null || position.endMonth >= position.startMonth, {
    path: ["endMonth"],
    message: "The end month must be after the start month.",
  });

export const projectSchema = z.object({
  name: line("project name", 80, "Name the project."),
  summary: paragraph("summary", 600, "Say what the project does and what your part was."),
});

/** A position or a project edited in place: the same rules, and which one of the candidate's own it is. */
export const positionEditSchema = positionSchema.safeExtend({ id: recordId });
export const projectEditSchema = projectSchema.extend({ id: recordId });

export const removeEntrySchema = z.object({ kind: z.enum(["position", "project"]), id: recordId });

/** Staff hide a listing (the reason is shown to the candidate) or show it again. */
export const hideListingSchema = z.discriminatedUnion("hidden", [
  z.object({
    id: recordId,
    hidden: z.literal("yes"),
    reason: line("reason", 300, "Say why the listing is hidden: the candidate reads it."),
  }),
  z.object({ id: recordId, hidden: z.literal("no") }),
]);

/** "Ask to interview this developer": who asks, for what, and from when. */
export const interviewAskSchema = contactRequestSchema
  .pick({ name: true, email: true, company: true, desiredStart: true, consent: true })
  .extend({
    message: z
      .string({ error: "Say what you would hire them for." })
      .trim()
      .min(10, "Say what you would hire them for (at least 10 characters).")
      .max(2000, "Keep it under 2,000 characters.")
      .refine(...plainText("message", { multiline: true })),
  });
