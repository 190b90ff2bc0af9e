import { z } from "zod";
import { desiredStartOptions } from "../form-fields";
import { plainText } from "./text";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .max(max, `Keep the ${label} under ${max} characters.`)
    .refine(...plainText(label));

export const workEmail = z
  .string({ error: "Enter your work email." })
  .trim()
  .min(1, "Enter your work email.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@company.com."));

export const contactRequestSchema = z.object({
  name: text("name", 100),
  email: workEmail,
  company: text("company name", 120),
  role: z
    .string()
    .trim()
    .min(1, "Say which role you are hiring for.")
    .max(80, "Keep the role under 80 characters.")
    .refine(...plainText("role")),
  seniority: z.string({ error: "Choose a seniority level." }).trim().min(1, "Choose a seniority level."),
  developers: z.coerce
    .number({ error: "Enter how many developers you need, as a number." })
    .int("Enter a whole number of developers.")
    .min(1, "You need at least one developer.")
    .max(500, "For more than 500 developers, tell us in the message and enter 500."),
  desiredStart: z.enum(desiredStartOptions.map((option) => option.value) as [string, ...string[]], {
    error: "Choose when you would like to start.",
  }),
  budget: z
    .string()
    .trim()
    .max(120, "Keep the budget under 120 characters.")
    .refine(...plainText("budget"))
    .optional()
    .transform((value) => value || null),
  message: z
    .string({ error: "Tell us a little about the project." })
    .trim()
    .min(10, "Tell us a little about the project (at least 10 characters).")
    .max(5000, "Keep the message under 5,000 characters.")
    .refine(...plainText("message", { multiline: true })),
  consent: z.literal("on", { error: "Please agree to the privacy policy so we can reply." }),
  sourcePage: z
    .string()
    .trim()
    .max(200)
    .regex(/^\/[\w\-/]*$/)
    .catch("/contact"),
});
