import { describe, expect, it } from "vitest";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "./password-policy";

const TOO_SHORT = "Use at least 10 characters.";
const TOO_LONG = "Use at most 128 characters.";
const COMMON = "This password is too common: choose something less guessable.";
const PERSONAL = "Don't use your name or email address in your password.";
const GUESSABLE = "This password is too easy to guess: try a few unrelated words together, or make it longer.";
const KEYBOARD_ROW = "Rows of keys like qwerty or asdf are easy to guess: choose something less guessable.";
const REPEATED_CHARACTER = "A repeated character is easy to guess: choose something less guessable.";
const REPEATED_PATTERN = "A repeated pattern like abcabc is easy to guess: choose something less guessable.";
const SEQUENCE = "A simple sequence like 1234 or abcd is easy to guess: choose something less guessable.";

describe("passwordProblem: length", () => {
  it("rejects passwords under the minimum", () => {
    expect(passwordProblem("")).toBe(TOO_SHORT);
    expect(passwordProblem("tR7#kq-Vm")).toBe(TOO_SHORT);
    expect(passwordProblem("tR7#kq-Vm2")).toBeNull();
  });

  it("counts code points, not UTF-16 units", () => {
    const fiveEmoji = "🍎🍌🍒🍇🍉"; // 10 UTF-16 units
    expect(fiveEmoji).toHaveLength(10);
    expect(passwordProblem(fiveEmoji)).toBe(TOO_SHORT);
    expect(passwordProblem("🍎🍌🍒🍇🍉🥝🍍🥭🍑🍋")).toBeNull();
  });

  it("rejects passwords over the maximum", () => {
    const varied = (n: number) =>
      Array.from({ length: n }, (_, i) => String.fromCodePoint(0x1f600 + ((i * 7) % 64))).join("");
    expect(passwordProblem(varied(PASSWORD_MAX))).toBeNull(); // 256 UTF-16 units, still allowed
    expect(passwordProblem(varied(PASSWORD_MAX + 1))).toBe(TOO_LONG);
    expect(PASSWORD_MIN).toBe(10);
  });
});

describe("passwordProblem: common passwords", () => {
  it.each(["password123", "1q2w3e4r5t", "1234567890", "qwertyuiop", "iloveyou123", "PASSWORD1234", "letmein12345"])(
    "rejects %s, from the top of the leaked-password lists",
    (pw) => {
      expect(passwordProblem(pw)).toBe(COMMON);
    },
  );

  it.each(["Password2024!", "Abc123456789!", "football!!!!", "Sunshine12345", "P@ssw0rd2024!", "drowssap1234"])(
    "rejects %s: a common password with capitals, digits, symbols, l33t or reversal is still common",
    (pw) => {
      expect(passwordProblem(pw)).toBe(COMMON);
    },
  );
});

describe("passwordProblem: patterns", () => {
  it.each(["zxcvbnm,./", "asdfghjkl;'"])("rejects the keyboard walk %s", (pw) => {
    expect(passwordProblem(pw)).toBe(KEYBOARD_ROW);
  });

  it.each(["aaaaaaaaaaaa", "          ", "\u0000".repeat(12)])("rejects the repeated character %j", (pw) => {
    expect(passwordProblem(pw)).toBe(REPEATED_CHARACTER);
  });

  it.each(["abcabcabcabc", "trustno1trustno1", "m0nk3y!m0nk3y!"])("rejects the repeated pattern %s", (pw) => {
    expect(passwordProblem(pw)).toBe(REPEATED_PATTERN);
  });

  it.each(["abcdefghijk", "ABCDEFGHIJKL", "zyxwvutsrqp", "7890123456"])("rejects the sequence %s", (pw) => {
    expect(passwordProblem(pw)).toBe(SEQUENCE);
  });

  it("says why other guessable passwords are refused", () => {
    expect(passwordProblem("christopher")).toBe(
      "A name on its own is easy to guess: try a few unrelated words together.",
    );
    expect(passwordProblem("01/02/1985ab")).toBe("Dates are easy to guess: choose something less guessable.");
    expect(passwordProblem("Summer2023!")).toBe(GUESSABLE);
  });
});

describe("passwordProblem: personal information", () => {
  const context = { email: "Zoe.Unal@example.com", name: "Zoë Ünal" };

  it("rejects the email local part, case-insensitively", () => {
    expect(passwordProblem("my ZOE.UNAL secret", { email: context.email })).toBe(PERSONAL);
  });

  it("rejects the name, ignoring case, accents and separators", () => {
    expect(passwordProblem("zoeunal-rocks-42", { name: context.name })).toBe(PERSONAL);
    expect(passwordProblem("i am unal and proud", { name: context.name })).toBe(PERSONAL);
  });

  it("rejects the name in l33t, which only the estimator sees", () => {
    expect(passwordProblem("z0eun@l2024!", context)).toBe(PERSONAL);
  });

  it("judges the same passwords on their own merits without the context", () => {
    for (const pw of ["my ZOE.UNAL secret", "zoeunal-rocks-42", "z0eun@l2024!"]) expect(passwordProblem(pw)).toBeNull();
  });

  it("ignores parts shorter than 4 characters", () => {
    expect(passwordProblem("Liquid sunset 42", { email: "li@example.com", name: "Li" })).toBeNull();
    expect(passwordProblem("zoe likes long walks", { name: "Zoe" })).toBeNull();
  });
});

describe("passwordProblem: acceptable passwords", () => {
  it.each([
    "correct horse battery staple",
    "granite pelican umbrella sketch",
    "harbour-lantern-quietly-42",
    "tR7#kq-Vm2!pZ",
  ])("accepts %s", (pw) => {
    expect(passwordProblem(pw)).toBeNull();
    expect(passwordProblem(pw, { email: "zoe.unal@example.com", name: "Zoë Ünal" })).toBeNull();
  });
});
