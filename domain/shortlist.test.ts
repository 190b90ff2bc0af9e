import { describe, expect, it } from "vitest";
import { initialsOf, roleTitle, utcOffsetLabel, workdayOverlapHours } from "./shortlist";

const JUNE_MONDAY = Date.UTC(2027, 5, 7, 12);
const JANUARY_MONDAY = Date.UTC(2027, 0, 4, 12);

describe("initialsOf", () => {
  it("keeps one capital letter per name", () => {
    expect(initialsOf("Ada Lovelace")).toBe("A. L.");
    expect(initialsOf("  josé   maría  ruiz ")).toBe("J. M. R.");
    expect(initialsOf("Ödön")).toBe("Ö.");
  });
  it("never answers an empty string", () => {
    expect(initialsOf("   ")).toBe("Candidate");
  });
});

describe("workdayOverlapHours", () => {
  it("is a full working day in the same zone", () => {
    expect(workdayOverlapHours("Europe/Warsaw", "Europe/Warsaw", JUNE_MONDAY)).toBe(8);
  });
  it("follows daylight saving on the day", () => {
    // New York is 6 hours behind Warsaw all year: 15:00–17:00 Warsaw = 9:00–11:00 New York.
    expect(workdayOverlapHours("Europe/Warsaw", "America/New_York", JUNE_MONDAY)).toBe(2);
    expect(workdayOverlapHours("Europe/Warsaw", "America/New_York", JANUARY_MONDAY)).toBe(2);
    // London and Warsaw are an hour apart all year.
    expect(workdayOverlapHours("Europe/London", "Europe/Warsaw", JANUARY_MONDAY)).toBe(7);
  });
  it("counts half hours and is the same both ways", () => {
    // Kolkata 9:00–17:00 is 3:30–11:30 in London in winter.
    expect(workdayOverlapHours("Asia/Kolkata", "Europe/London", JANUARY_MONDAY)).toBe(2.5);
    expect(workdayOverlapHours("Europe/London", "Asia/Kolkata", JANUARY_MONDAY)).toBe(2.5);
  });
  it("finds the nearest day across the date line", () => {
    // Auckland (UTC+13 in January) 9:00–17:00 is 12:00–20:00 the day before in Los Angeles (UTC−8).
    expect(workdayOverlapHours("Pacific/Auckland", "America/Los_Angeles", JANUARY_MONDAY)).toBe(5);
    expect(workdayOverlapHours("Asia/Tokyo", "America/New_York", JANUARY_MONDAY)).toBe(0);
  });
});

describe("utcOffsetLabel", () => {
  it("writes offsets as people read them", () => {
    expect(utcOffsetLabel("UTC", JUNE_MONDAY)).toBe("UTC");
    expect(utcOffsetLabel("Asia/Kolkata", JUNE_MONDAY)).toBe("UTC+5:30");
    expect(utcOffsetLabel("America/Sao_Paulo", JUNE_MONDAY)).toBe("UTC−3");
    expect(utcOffsetLabel("Europe/Warsaw", JANUARY_MONDAY)).toBe("UTC+1");
  });
});

describe("roleTitle", () => {
  it("puts the seniority first, and leaves it out when a booked call did not say", () => {
    expect(roleTitle("Senior", "Backend developer")).toBe("Senior backend developer");
    expect(roleTitle("Not specified", "two senior Go engineers")).toBe("Two senior Go engineers");
  });
});
