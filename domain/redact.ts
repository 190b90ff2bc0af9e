/** Pure text redaction: erasing a person from free text, and live tokens from stored emails and logs. */

export const ERASED_MARK = "[erased]";
export const REDACTED_TOKEN = "[link expired]";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A needle matches as a whole word: erasing "Al" leaves "Alice" and "total" alone. */
const wordPattern = (needles: string[]) =>
  new RegExp(
    needles.map((needle) => `(?<![\\p{L}\\p{N}_])${escapeRegExp(needle)}(?![\\p{L}\\p{N}_])`).join("|"),
    "giu",
  );

export function containsAny(text: string, needles: string[]) {
  return needles.length > 0 && wordPattern(needles).test(text);
}

/** Every whole-word, case-insensitive occurrence of the needles (names, addresses) replaced by a mark. */
export function scrubText(text: string, needles: string[]) {
  // Longest first, so an address goes whole before a name inside it is found.
  const sorted = [...needles].filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.length === 0 ? text : text.replace(wordPattern(sorted), ERASED_MARK);
}

/**
 * Random tokens in links (manage, reset, verification: 32 bytes or more, base64url or hex) replaced,
 * wherever they stand: in a URL or percent-encoded inside another URL. Unfold a calendar file first
 * (its lines are folded at 75 octets, which can split a token).
 */
export const redactTokens = (text: string) =>
  // A run of dashes (a plain-text email's rule line) has no letter or digit, and is no token.
  text.replace(/(?<![A-Za-z0-9_-])(?=[_-]*[A-Za-z0-9])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g, REDACTED_TOKEN);

/** RFC 5545 unfolding: a line break followed by a space or tab continues the line. */
export const unfoldIcs = (text: string) => text.replace(/\r?\n[\t ]/g, "");
