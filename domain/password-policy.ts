import { type MatchExtended, type TranslationKeys, ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations as englishTranslations } from "@zxcvbn-ts/language-en";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/*
 * Strength comes from zxcvbn-ts, which estimates how many guesses a cracker needs: its leaked-password
 * list (some 49,000), English words and names, keyboard walks, repeats, sequences, dates and l33t
 * spellings, each weighed where it sits in the password. Score 3 means at least 10^8 guesses: the
 * library's "safely unguessable" level, which turns away a common password with a year or a "!" added
 * ("Password2024!" is a 2) and lets through ten random characters or three unrelated words.
 */
const MIN_SCORE = 3;

const COMMON = "This password is too common: choose something less guessable.";
const PERSONAL = "Don't use your name or email address in your password.";
const GUESSABLE = "This password is too easy to guess: try a few unrelated words together, or make it longer.";

// zxcvbn's warnings, in our words; the one it picks (for the longest part of the password) is shown as is.
const WARNINGS: TranslationKeys["warnings"] = {
  straightRow: "Rows of keys like qwerty or asdf are easy to guess: choose something less guessable.",
  keyPattern: "Keyboard patterns like qazwsx are easy to guess: choose something less guessable.",
  simpleRepeat: "A repeated character is easy to guess: choose something less guessable.",
  extendedRepeat: "A repeated pattern like abcabc is easy to guess: choose something less guessable.",
  sequences: "A simple sequence like 1234 or abcd is easy to guess: choose something less guessable.",
  recentYears: "Recent years are easy to guess: choose something less guessable.",
  dates: "Dates are easy to guess: choose something less guessable.",
  topTen: COMMON,
  topHundred: COMMON,
  common: COMMON,
  similarToCommon: COMMON,
  wordByItself: "A single word is easy to guess: try a few unrelated words together.",
  namesByThemselves: "A name on its own is easy to guess: try a few unrelated words together.",
  commonNames: "Common names are easy to guess: try a few unrelated words together.",
  userInputs: PERSONAL,
  pwned: "This password has appeared in a data breach: choose another.",
};

let estimator: ZxcvbnFactory | undefined;

/** Built on first use (about a third of a second: it ranks every word list), then kept. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations: { ...englishTranslations, warnings: WARNINGS },
    // Each l33t reading of the password is matched against every list in turn. The default, 100 readings,
    // can take more than a second of CPU on a long password full of digits and symbols; 10 keep it to a few
    // tenths at most and score the usual l33t passwords ("P@ssw0rd2024!", "m0nk3y!m0nk3y!") the same.
    l33tMaxSubstitutions: 10,
  });
  return estimator;
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const codePoints = (s: string) => [...s].length;

/** The email's local part and the name, whole, without separators, and word by word; only parts of 4+ characters. */
function personalParts(context: { email?: string; name?: string }): string[] {
  const email = context.email ?? "";
  const local = email.includes("@") ? email.slice(0, email.lastIndexOf("@")) : email;
  const parts = [local, context.name ?? ""].flatMap((source) => {
    const folded = fold(source).trim();
    return [folded, folded.replace(/[^\p{L}\p{N}]+/gu, ""), ...folded.split(/[^\p{L}\p{N}]+/u)];
  });
  return [...new Set(parts)].filter((part) => codePoints(part) >= 4);
}

const isPersonal = (match: MatchExtended) => match.pattern === "dictionary" && match.dictionaryName === "userInputs";
const isCommonPassword = (match: MatchExtended) =>
  match.pattern === "dictionary" && String(match.dictionaryName).startsWith("passwords");

/** null when acceptable, else one sentence to show the user. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = codePoints(password);
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  // Refused outright, however strong the rest: someone who knows the person tries their name first.
  const parts = personalParts(context);
  if (parts.some((part) => fold(password).includes(part))) return PERSONAL;
  // zxcvbn also gets them, to see them reversed or in l33t ("z0eun@l") and to weigh what surrounds them.
  const result = zxcvbn().check(password, parts);
  if (result.score >= MIN_SCORE) return null;
  if (result.sequence.some(isPersonal)) return PERSONAL;
  if (result.feedback.warning) return result.feedback.warning;
  const longest = result.sequence.reduce<MatchExtended | undefined>(
    (a, b) => (a && a.token.length >= b.token.length ? a : b),
    undefined,
  );
  return longest && isCommonPassword(longest) ? COMMON : GUESSABLE;
}
