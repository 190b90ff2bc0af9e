import { describe, expect, it } from "vitest";
import { registrationSchema } from "./account";
import { contactRequestSchema } from "./contact";
import { unusableCharacters } from "./text";

describe("unusableCharacters", () => {
  it("accepts ordinary text in any script, with emoji and their joiners", () => {
    for (const text of [
      "Zoë Ødegaard",
      "سارة أحمد",
      "五人のエンジニア",
      "Team 👩‍💻👨‍👩‍👧",
      "naïve e\u0301",
      "می‌خواهم",
      `<script>alert(1)</script>`,
      "'; DROP TABLE users; --",
    ]) {
      expect(unusableCharacters(text), text).toBe(false);
    }
  });

  it("refuses control codes, direction overrides, unpaired surrogates and replacement characters anywhere", () => {
    for (const text of [
      "a\u0000b",
      "a\u001Bb",
      "a\u0085b",
      "a\u202Eb",
      "a\u2066b",
      "a\uD800b",
      "a\uDC00",
      "a\uFFFDb",
    ]) {
      expect(unusableCharacters(text, { multiline: true }), JSON.stringify(text)).toBe(true);
    }
  });

  it("lets multi-line text keep line breaks and tabs, but not one-line fields or invisible spaces", () => {
    expect(unusableCharacters("line one\r\nline two\tend", { multiline: true })).toBe(false);
    for (const text of ["a\nb", "a\tb", "a\u2028b", "a\u200Bb", "a\u2060b", "a\uFEFFb"])
      expect(unusableCharacters(text), JSON.stringify(text)).toBe(true);
  });
});

describe("form schemas refuse unusable characters with a message for the field", () => {
  it("contact request", () => {
    const errors = contactRequestSchema
      .safeParse({ name: "Ada\u0000", company: "A\u202EB", message: "Hello there\u0000 friend", email: "a@b.example" })
      .error?.flatten().fieldErrors;
    expect(errors?.name?.[0]).toBe("Remove the invisible or control characters from the name.");
    expect(errors?.company?.[0]).toBe("Remove the invisible or control characters from the company name.");
    expect(errors?.message?.[0]).toBe("Remove the invisible or control characters from the message.");
  });

  it("registration", () => {
    expect(
      registrationSchema
        .safeParse({ name: "Ada\u200BLovelace", email: "ada@b.example", password: "x" })
        .error?.flatten().fieldErrors.name?.[0],
    ).toMatch(/invisible or control/);
  });
});
