/** Honeypot: a field hidden from people; anything typed into it came from a bot. */
export const HONEYPOT_FIELD = "website";
/** Hidden field carrying the signed render timestamp. */
export const TOKEN_FIELD = "formToken";
