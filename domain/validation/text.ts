/**
 * Characters no person types into a form, refused rather than stored: control codes (NUL, escape…;
 * multi-line text keeps tabs and line breaks), bidirectional overrides and isolates (they reorder
 * what a talent manager sees, e.g. to disguise a link or a file name), unpaired surrogates and the
 * replacement character left where the browser sent bytes that were not UTF-8. One-line fields also
 * refuse line breaks and invisible spaces (zero-width space, word joiner, byte-order mark). Emoji,
 * accents and right-to-left scripts are ordinary text, as are the joiners emoji and scripts need.
 */
const ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]|\p{Cs}/u;
const ONE_LINE = /[\t\n\r\u2028\u2029\u200B\u2060\uFEFF]/;

export function unusableCharacters(value: string, { multiline = false } = {}): boolean {
  return ANYWHERE.test(value) || (!multiline && ONE_LINE.test(value));
}

export const unusableMessage = (label: string) => `Remove the invisible or control characters from the ${label}.`;

/** A refinement for any text schema: `z.string().refine(...plainText("name"))`. */
export const plainText = (label: string, options: { multiline?: boolean } = {}) =>
  [(value: string) => !unusableCharacters(value, options), unusableMessage(label)] as const;
