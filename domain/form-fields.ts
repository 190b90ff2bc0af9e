// Shared by client forms and server validation: no zod here, so it stays out of the browser bundle
// (zod probes for eval, which the Content-Security-Policy forbids).

/** Honeypot: a field hidden from people; anything typed into it came from a bot. */
export const HONEYPOT_FIELD = "website";
/** Hidden field carrying the signed render timestamp. */
export const TOKEN_FIELD = "formToken";

export const desiredStartOptions = [
  { value: "asap", label: "As soon as possible" },
  { value: "within-1-month", label: "Within a month" },
  { value: "within-3-months", label: "Within three months" },
  { value: "later", label: "Later / just exploring" },
] as const;

/** The limits of a manager's note on a shortlisted candidate and of the company's comment on one. */
export const PROPOSAL_NOTE_MAX = 600;
export const COMPANY_COMMENT_MAX = 600;
