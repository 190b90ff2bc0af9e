import { z } from "zod";
import { LARGEST_ID } from "../record-id";
import { plainText } from "./text";

/** What a hidden field's problem means to a person: the page they are on is older than the data. */
export const OUT_OF_DATE = "This form is out of date; reload the page.";

/** A record's id from a hidden field. */
export const recordId = z.coerce
  .number({ error: OUT_OF_DATE })
  .int(OUT_OF_DATE)
  .positive(OUT_OF_DATE)
  .max(LARGEST_ID, OUT_OF_DATE);
/** A hidden id that is empty for a new record. */
export const optionalRecordId = z.preprocess(
  (value) => (value === "" || value === null ? null : value),
  recordId.nullable(),
);

/**
 * Why something changed or was cancelled, or a short comment for the other side: a stage, a call, an
 * interview, a "Not a fit". Someone else reads it, so it is plain text (no control characters or
 * direction overrides) and short. Required for some changes, which the action checks.
 */
export const changeReason = z
  .string()
  .trim()
  .max(500, "Keep the reason under 500 characters.")
  .refine(...plainText("reason", { multiline: true }));
/** A staff note on a request's or a candidate's timeline. */
export const noteBody = z
  .string()
  .trim()
  .min(1, "Write the note first.")
  .max(5000, "Keep the note under 5,000 characters.");
