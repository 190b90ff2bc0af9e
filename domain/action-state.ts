import { z } from "zod";

/** Each field's first message, keyed by the field's name. */
export type FieldErrors = Record<string, string | undefined>;
/** Another free time offered when the chosen one was taken. */
export type AlternativeSlot = { label: string; href: string };

export type ActionError = {
  status: "error";
  message: string;
  fieldErrors: FieldErrors;
  /** What was submitted (never files or secrets), so no input is lost. */
  values: Record<string, string>;
  alternatives?: AlternativeSlot[];
};

/** The one result every form action returns; `Success` is what a success carries (a sentence by default). */
export type ActionState<Success extends object = { message: string }> =
  | { status: "idle" }
  | ({ status: "success" } & Success)
  | ActionError;

/** A refusal: one sentence above the form, and each field's own message next to it. */
/** What a script that posts something else than a form is told (the proxy's 400, an action's refusal). */
export const UNREADABLE_FORM = "The form could not be read. Please go back and send it again.";

export const fail = (
  message: string,
  fieldErrors: FieldErrors = {},
  values: Record<string, string> = {},
): ActionError => ({
  status: "error",
  message,
  fieldErrors,
  values,
});

/** A refusal of several fields: the first one's message also goes above the form. */
export const failFields = (fieldErrors: FieldErrors): ActionError =>
  fail(Object.values(fieldErrors).find(Boolean) ?? "Check the form.", fieldErrors);

/**
 * A zod refusal: each field's own message next to it, and above the form `summary` (public forms:
 * "Please correct the highlighted fields.") or else the first problem.
 */
export function invalid(error: z.ZodError, summary?: string): ActionError {
  const fieldErrors = firstErrors(z.flattenError(error).fieldErrors);
  if (summary) return fail(summary, fieldErrors);
  return error.issues[0] ? fail(error.issues[0].message, fieldErrors) : failFields(fieldErrors);
}

/** Collects the string fields of a form (files and the fields named in `omit`, such as secrets, are never echoed). */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** First message per field from a zod error's flattened field errors. */
export function firstErrors(fieldErrors: Record<string, string[] | undefined>): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.[0]]));
}
