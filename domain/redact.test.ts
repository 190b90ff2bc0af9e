import { describe, expect, it } from "vitest";
import { buildIcs } from "./calendar";
import { REDACTED_TOKEN, redactTokens, scrubText, unfoldIcs } from "./redact";

const token = "Xy9_-abcDEF0123456789ghijkLMNOPqrstuvWXYZ0";

describe("redactTokens", () => {
  it("removes a token from a link, from a percent-encoded link inside another URL and from a calendar file", () => {
    const google = `https://calendar.google.com/render?details=${encodeURIComponent(`Reschedule: https://hire.example/book/manage/${token}\nRef`)}`;
    const text = `Manage: https://hire.example/book/manage/${token}\nReset: https://hire.example/reset-password/${token}.\nCalendar: ${google}`;
    const redacted = redactTokens(text);
    expect(redacted).not.toContain(token);
    expect(redacted).toContain(`https://hire.example/book/manage/${REDACTED_TOKEN}`);
    const ics = buildIcs({
      reference: "BC-1",
      sequence: 0,
      organizer: { name: "Bedrock Talent", email: "talent@bedrock-talent.example" },
      meetingLink: null,
      startsAt: new Date("2027-01-01T10:00:00Z"),
      endsAt: new Date("2027-01-01T10:30:00Z"),
      expert: { name: "Anna", email: "anna@example.com" },
      visitor: { name: "Grace", email: "grace@example.com", company: "Compiler Works" },
      manageUrl: `https://hire.example/book/manage/${token}`,
    });
    expect(unfoldIcs(ics)).toContain(token);
    expect(unfoldIcs(redactTokens(unfoldIcs(ics)))).not.toContain(token);
  });

  it("leaves ordinary words, references, dates and addresses alone", () => {
    const text = `Reference BC-ABC234 on 20270101T100000Z with grace.hopper+jobs@compiler-works.example\n${"-".repeat(40)}`;
    expect(redactTokens(text)).toBe(text);
  });
});

describe("scrubText", () => {
  it("replaces whole words and addresses in any case, not parts of other words", () => {
    expect(
      scrubText("Proposed AL SMITH; al smith's CV; Also talked to Al Smithson (al.smith@x.example)", [
        "Al Smith",
        "al.smith@x.example",
      ]),
    ).toBe("Proposed [erased]; [erased]'s CV; Also talked to Al Smithson ([erased])");
  });
});
