import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS, isCommonPassword, PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "./password-policy";

const TOO_SHORT = "Use at least 10 characters.";
const TOO_LONG = "Use at most 128 characters.";
const COMMON = "This password is too common: choose something less guessable.";
const TRIVIAL = "Don't use a repeated character or a simple sequence like 1234 or abcd.";
const PERSONAL = "Don't use your name or email address in your password.";

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
  it.each(["password123", "1q2w3e4r5t", "Abc123456789!", "iloveyou123", "PASSWORD1234", "Qwertyuiop123"])(
    "rejects %s",
    (pw) => {
      expect(passwordProblem(pw)).toBe(COMMON);
    },
  );

  it("rejects a common password followed only by digits or !", () => {
    expect(passwordProblem("Password2024!")).toBe(COMMON);
    expect(passwordProblem("football!!!!")).toBe(COMMON);
    expect(passwordProblem("Sunshine12345")).toBe(COMMON);
    expect(passwordProblem("trustno1trustno1")).toBeNull(); // not merely digits appended
  });
});

describe("isCommonPassword", () => {
  it("matches the list case-insensitively", () => {
    for (const pw of [
      "password",
      "123456789",
      "iloveyou",
      "welcome",
      "admin",
      "letmein",
      "monkey",
      "dragon",
      "princess",
      "TrustNo1",
      "BaseBall",
      "qwertyuiop",
    ]) {
      expect(isCommonPassword(pw)).toBe(true);
    }
  });

  it("matches common passwords with digits or ! appended", () => {
    expect(isCommonPassword("Password2024!")).toBe(true);
    expect(isCommonPassword("monkey1!")).toBe(true);
  });

  it("does not match other passwords", () => {
    expect(isCommonPassword("")).toBe(false);
    expect(isCommonPassword("tR7#kq-Vm2!pZ")).toBe(false);
    expect(isCommonPassword("mypasswordisgreat")).toBe(false);
    expect(isCommonPassword("x password")).toBe(false);
    expect(isCommonPassword("8302948571")).toBe(false); // random digits are not "common"
  });

  it("ships at least 500 distinct lower-case entries", () => {
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(500);
    expect(COMMON_PASSWORDS.every((pw) => pw === pw.toLowerCase())).toBe(true);
  });
});

describe("passwordProblem: repeats and sequences", () => {
  it.each([
    "aaaaaaaaaaaa",
    "1234567890",
    "abcdefghijk",
    "ABCDEFGHIJKL",
    "zyxwvutsrqp",
    "0987654321",
    "7890123456",
    "abcabcabcabc",
    "          ",
    "qwertyuiop",
    "poiuytrewq",
  ])("rejects %s", (pw) => {
    expect(passwordProblem(pw)).toBe(TRIVIAL);
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

  it("ignores parts shorter than 4 characters", () => {
    expect(passwordProblem("Liquid sunset 42", { email: "li@example.com", name: "Li" })).toBeNull();
    expect(passwordProblem("zoe likes long walks", { name: "Zoe" })).toBeNull();
  });
});

describe("passwordProblem: acceptable passwords", () => {
  it.each(["correct horse battery staple", "tR7#kq-Vm2!pZ"])("accepts %s", (pw) => {
    expect(passwordProblem(pw)).toBeNull();
    expect(passwordProblem(pw, { email: "zoe.unal@example.com", name: "Zoë Ünal" })).toBeNull();
  });
});
