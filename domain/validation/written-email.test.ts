import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SUBJECT_LINK_REFUSAL, writtenEmailFields } from "./written-email";

const email = z.object(writtenEmailFields);
const errorsOf = (input: { subject: string; body: string }) => {
  const parsed = email.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("writtenEmailFields", () => {
  it("refuses the live shortlist link in a subject, which staff see in the outbox, timeline and audit log", () => {
    expect(errorsOf({ subject: "Your shortlist: {{ shortlist_link }}", body: "Hello" }).subject).toEqual([
      SUBJECT_LINK_REFUSAL,
    ]);
    expect(errorsOf({ subject: "Your shortlist, {{company}}", body: "Here: {{shortlist_link}}" })).toEqual({});
  });

  it("refuses line breaks and direction overrides in a subject, and control characters in the message", () => {
    expect(errorsOf({ subject: "Hello\r\nBcc: someone", body: "Hi" }).subject).toEqual([
      "Remove the invisible or control characters from the subject.",
    ]);
    expect(errorsOf({ subject: "Invoice \u202Efdp.exe", body: "Hi" }).subject).toHaveLength(1);
    expect(errorsOf({ subject: "Hello", body: "Hi\u202E there" }).body).toEqual([
      "Remove the invisible or control characters from the message.",
    ]);
    // A message keeps its line breaks.
    expect(errorsOf({ subject: "Hello", body: "Hello {{name}},\n\nBest regards,\n{{manager_name}}" })).toEqual({});
  });
});
