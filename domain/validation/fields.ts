import { z } from "zod";

/** What a hidden field's problem means to a person: the page they are on is older than the data. */
export const OUT_OF_DATE = "This form is out of date; reload the page.";

/** A record's id from a hidden field. */
export const recordId = z.coerce.number({ error: OUT_OF_DATE }).int(OUT_OF_DATE).positive(OUT_OF_DATE);
/** A hidden id that is empty for a new record. */
export const optionalRecordId = z.preprocess(
  (value) => (value === "" || value === null ? null : value),
  recordId.nullable(),
);

/** Why a status or stage changed (required for some, checked by the action). */
export const changeReason = z.string().trim().max(500, "Keep the reason under 500 characters.");
/** A staff note on a request's or a candidate's timeline. */
export const noteBody = z
  .string()
  .trim()
  .min(1, "Write the note first.")
  .max(5000, "Keep the note under 5,000 characters.");
