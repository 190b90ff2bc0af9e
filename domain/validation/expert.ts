import { z } from "zod";
import { isValidTimeZone } from "../slots";
import { parseLocalInput } from "../time-zones";
import { currentZoneName } from "../zone-names";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Keep the ${label} under ${max} characters.`);

/** A whole number from a form field; an empty field is missing, not zero. */
const whole = (label: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: `Enter the ${label.toLowerCase()} as a number.` })
      .int(`${label} must be a whole number.`)
      .min(min, `${label} must be at least ${min}.`)
      .max(max, `${label} must be at most ${max}.`),
  );

/** What a new expert needs; the booking rules start at the schema's defaults. */
export const expertProfileSchema = z.object({
  name: text("name", 80),
  title: text("title", 80),
  bio: text("bio", 600),
  email: z
    .string({ error: "Enter the email address." })
    .trim()
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, like name@company.com.")),
  // Any zone the slot engine can use, stored by its current name; the form offers the runtime's list.
  timeZone: z
    .string({ error: "Choose a time zone." })
    .trim()
    .max(64, "Choose a time zone from the list.")
    .refine(isValidTimeZone, "Choose a time zone from the list.")
    .transform(currentZoneName),
});

const PHONE = /^\+?[\d\s().-]+$/;

/**
 * Where the call happens: an https link (video call) or a phone number; empty is none, and the emails
 * say the expert will send one. Nothing else reaches calendars and emails.
 */
export const meetingLinkSchema = z
  .string()
  .trim()
  .max(300, "Keep the meeting link under 300 characters.")
  .transform((value) => (value === "" ? null : value))
  .refine(
    (value) => value === null || isMeetingLink(value),
    "Enter an https:// link (like https://meet.google.com/abc-defg-hij) or a phone number (like +44 20 7946 0958).",
  )
  .nullable()
  .default(null);

function isMeetingLink(value: string) {
  if (PHONE.test(value)) return (value.match(/\d/g) ?? []).length >= 6 && (value.match(/\d/g) ?? []).length <= 15;
  if (!value.startsWith("https://") || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const MAX_NOTICE_MINUTES = 365 * 24 * 60;

/** The whole expert form: profile and booking rules (bounds as in the schema's CHECK). */
export const expertSchema = expertProfileSchema.extend({
  active: z
    .enum(["yes", "no"], { error: "Choose whether the expert takes calls." })
    .transform((value) => value === "yes"),
  callMinutes: whole("Call length", 10, 240),
  bufferMinutes: whole("Buffer", 0, 240),
  minNoticeMinutes: whole("Minimum notice", 0, MAX_NOTICE_MINUTES),
  horizonDays: whole("Booking horizon", 1, 365),
  maxCallsPerDay: whole("Calls per day", 1, 48),
  sortOrder: whole("Order", 0, 1000),
  meetingLink: meetingLinkSchema,
});
export type ExpertInput = z.infer<typeof expertSchema>;

export type TimeOffInput = { startsAt: Date; endsAt: Date; reason: string };

/** Time off as typed on the expert's wall clock, read in their zone; it must end after it starts, and not be over already. */
export function parseTimeOff(
  values: Record<string, unknown>,
  timeZone: string,
  now = Date.now(),
): { ok: true; value: TimeOffInput } | { ok: false; fieldErrors: Record<string, string> } {
  const read = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const start = parseLocalInput(read("startsAt"), timeZone);
  const end = parseLocalInput(read("endsAt"), timeZone);
  const reason = read("reason").trim();
  const fieldErrors: Record<string, string> = {};
  if (!start.ok) fieldErrors.startsAt = start.message;
  if (!end.ok) fieldErrors.endsAt = end.message;
  else if (start.ok && end.instant <= start.instant) fieldErrors.endsAt = "The end must be after the start.";
  else if (end.instant <= now) fieldErrors.endsAt = "This time off is already over.";
  if (reason.length > 200) fieldErrors.reason = "Keep the reason under 200 characters.";
  if (!start.ok || !end.ok || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: { startsAt: new Date(start.instant), endsAt: new Date(end.instant), reason } };
}
