import { z } from "zod";
import { workEmail } from "./contact";
import { changeReason } from "./fields";
import { plainText } from "./text";

/** A start time as milliseconds, no later than 9999-12-31: every time zone can show it (a Date alone reaches 275760). */
const instant = z.coerce.number().int().positive().max(253_402_300_799_999);

export const slotSchema = z.object({
  expert: z.coerce.number().int().positive(),
  start: instant,
});

export const bookingSchema = z.object({
  expertId: z.coerce.number().int().positive(),
  start: instant,
  tz: z.string().max(64),
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Keep the name under 100 characters.")
    .refine(...plainText("name")),
  email: workEmail,
  company: z
    .string({ error: "Enter your company name." })
    .trim()
    .min(1, "Enter your company name.")
    .max(120, "Keep the company name under 120 characters.")
    .refine(...plainText("company name")),
  hiringFor: z
    .string({ error: "Tell us what you are hiring for." })
    .trim()
    .min(3, "Tell us what you are hiring for (a few words are enough).")
    .max(2000, "Keep this under 2,000 characters.")
    .refine(...plainText("description", { multiline: true })),
});

/** Why a call is cancelled (optional): the other side reads it, so it is plain text and short. */
export const cancelReasonSchema = changeReason.transform((value) => value || null);
