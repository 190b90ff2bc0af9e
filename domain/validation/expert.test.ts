import { describe, expect, it } from "vitest";
import { expertSchema, parseTimeOff } from "./expert";

const form = {
  name: "Anna Kowalczyk",
  title: "Senior Talent Expert",
  bio: "Starts every search with a discovery call.",
  email: "anna@example.com",
  timeZone: "Europe/Warsaw",
  active: "yes",
  callMinutes: "30",
  bufferMinutes: "10",
  minNoticeMinutes: "720",
  horizonDays: "21",
  maxCallsPerDay: "6",
  sortOrder: "0",
};

describe("expertSchema", () => {
  it("takes an https link or a phone number as the meeting link, and empty as none", () => {
    expect(expertSchema.parse({ ...form, meetingLink: " https://meet.google.com/abc-defg-hij " }).meetingLink).toBe(
      "https://meet.google.com/abc-defg-hij",
    );
    expect(expertSchema.parse({ ...form, meetingLink: "+44 20 7946 0958" }).meetingLink).toBe("+44 20 7946 0958");
    expect(expertSchema.parse({ ...form, meetingLink: "" }).meetingLink).toBeNull();
    for (const bad of [
      "http://meet.example/anna",
      "javascript:alert(1)",
      "meet.google.com/abc",
      "https://localhost",
      "12 34",
      "https://user:pw@meet.example/x",
    ]) {
      const result = expertSchema.safeParse({ ...form, meetingLink: bad });
      expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
        ["meetingLink", expect.stringContaining("https:// link")],
      ]);
    }
  });

  it("reads the form's strings as the numbers and flag the schema stores", () => {
    expect(expertSchema.parse(form)).toMatchObject({
      active: true,
      callMinutes: 30,
      bufferMinutes: 10,
      minNoticeMinutes: 720,
      timeZone: "Europe/Warsaw",
    });
    expect(expertSchema.parse({ ...form, active: "no" }).active).toBe(false);
  });

  it("stores a renamed zone by its current name", () => {
    expect(expertSchema.parse({ ...form, timeZone: "Asia/Calcutta" }).timeZone).toBe("Asia/Kolkata");
  });

  it("names the field that is wrong", () => {
    const result = expertSchema.safeParse({
      ...form,
      timeZone: "Europe/Atlantis",
      callMinutes: "5",
      bufferMinutes: "",
      horizonDays: "1.5",
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error?.issues.map((issue) => [issue.path[0], issue.message]) ?? []);
    expect(fields).toEqual({
      timeZone: "Choose a time zone from the list.",
      callMinutes: "Call length must be at least 10.",
      bufferMinutes: "Enter the buffer as a number.",
      horizonDays: "Booking horizon must be a whole number.",
    });
  });
});

describe("parseTimeOff", () => {
  const now = Date.parse("2027-01-01T00:00:00Z");
  it("converts the expert's local times to UTC instants", () => {
    expect(
      parseTimeOff(
        { startsAt: "2027-02-01T00:00", endsAt: "2027-02-02T00:00", reason: " Holiday " },
        "America/New_York",
        now,
      ),
    ).toEqual({
      ok: true,
      value: {
        startsAt: new Date("2027-02-01T05:00:00Z"),
        endsAt: new Date("2027-02-02T05:00:00Z"),
        reason: "Holiday",
      },
    });
  });
  it("refuses an end at or before the start, next to the end", () => {
    expect(parseTimeOff({ startsAt: "2027-02-01T10:00", endsAt: "2027-02-01T10:00" }, "UTC", now)).toEqual({
      ok: false,
      fieldErrors: { endsAt: "The end must be after the start." },
    });
  });
  it("refuses time off that is already over, and missing times", () => {
    expect(parseTimeOff({ startsAt: "2026-12-01T10:00", endsAt: "2026-12-02T10:00" }, "UTC", now)).toEqual({
      ok: false,
      fieldErrors: { endsAt: "This time off is already over." },
    });
    expect(parseTimeOff({ startsAt: "", endsAt: "2027-02-01T10:00" }, "UTC", now)).toEqual({
      ok: false,
      fieldErrors: { startsAt: "Enter a date and a time." },
    });
  });
});
