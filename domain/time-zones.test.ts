import { describe, expect, it } from "vitest";
import {
  formatLocalDateTime,
  parseLocalInput,
  parseTimeZone,
  timeZoneChoices,
  timeZoneGroups,
  toLocalInput,
  utcOffsetLabel,
} from "./time-zones";

describe("time-zone choices", () => {
  it("offers the runtime's zones and keeps a current zone it lists under another name", () => {
    expect(timeZoneChoices()[0]).toEqual({ value: "UTC", label: "UTC" });
    expect(
      timeZoneChoices().some((choice) => choice.value === "America/New_York" && choice.label === "America/New York"),
    ).toBe(true);
    expect(timeZoneChoices("Mars/Base")[0]).toEqual({ value: "Mars/Base", label: "Mars/Base" });
    expect(timeZoneChoices("UTC")).toHaveLength(timeZoneChoices().length);
    expect(parseTimeZone("Mars/Olympus_Mons")).toBe("UTC");
  });
});

describe("the visitor's zone", () => {
  it("accepts every IANA name and alias in the visitor's own spelling (the runtime lists Asia/Calcutta, Firefox says Asia/Kolkata)", () => {
    expect(parseTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(parseTimeZone("Europe/Kyiv")).toBe("Europe/Kyiv");
    expect(parseTimeZone("Asia/Calcutta")).toBe("Asia/Calcutta");
    expect(parseTimeZone("america/new_york")).toBe("America/New_York");
    expect(parseTimeZone("UTC")).toBe("UTC");
  });
  it("falls back to UTC for anything that is not a zone", () => {
    for (const value of ["", "Mars/Base", "../etc/passwd", "Europe/Kyiv\u0000", "x".repeat(65), 42, undefined])
      expect(parseTimeZone(value)).toBe("UTC");
  });
  it("labels offsets as people write them, at the given instant (DST included)", () => {
    const january = Date.parse("2027-01-15T12:00:00Z");
    const july = Date.parse("2027-07-15T12:00:00Z");
    expect(utcOffsetLabel("Asia/Kolkata", january)).toBe("UTC+05:30");
    expect(utcOffsetLabel("America/Los_Angeles", january)).toBe("UTC−08:00");
    expect(utcOffsetLabel("America/Los_Angeles", july)).toBe("UTC−07:00");
    expect(utcOffsetLabel("Europe/London", january)).toBe("UTC");
  });
  it("groups the picker by region with offsets, and adds the visitor's alias to its region", () => {
    const groups = timeZoneGroups("Asia/Kolkata", Date.parse("2027-01-15T12:00:00Z"));
    const asia = groups.find((group) => group.region === "Asia");
    expect(asia?.zones).toContainEqual({ value: "Asia/Kolkata", label: "Kolkata (UTC+05:30)" });
    expect(groups.find((group) => group.region === "America")?.zones).toContainEqual({
      value: "America/New_York",
      label: "New York (UTC−05:00)",
    });
    expect(groups.map((group) => group.region)).toEqual(
      [...groups.map((group) => group.region)].sort((a, b) =>
        a === "Other" ? 1 : b === "Other" ? -1 : a.localeCompare(b),
      ),
    );
    expect(groups.flatMap((group) => group.zones).some((zone) => zone.value === "UTC")).toBe(false);
  });
});

describe("local date-times of an expert", () => {
  it("reads the wall clock of the expert's zone as a UTC instant", () => {
    expect(parseLocalInput("2027-01-15T09:30", "Europe/Warsaw")).toEqual({
      ok: true,
      instant: Date.parse("2027-01-15T08:30:00Z"),
    });
    expect(parseLocalInput("2027-07-15T09:30", "Europe/Warsaw")).toEqual({
      ok: true,
      instant: Date.parse("2027-07-15T07:30:00Z"),
    });
    expect(parseLocalInput("2027-07-15T00:00", "Asia/Kolkata")).toEqual({
      ok: true,
      instant: Date.parse("2027-07-14T18:30:00Z"),
    });
  });
  it("ignores seconds a browser may add", () => {
    expect(parseLocalInput("2027-01-15T09:30:00", "UTC")).toEqual({
      ok: true,
      instant: Date.parse("2027-01-15T09:30:00Z"),
    });
  });
  it("refuses a time the clocks skip, and text that is no date-time", () => {
    // Europe/Warsaw goes from 02:00 to 03:00 on 28 March 2027.
    expect(parseLocalInput("2027-03-28T02:30", "Europe/Warsaw")).toEqual({
      ok: false,
      message: "2027-03-28 02:30 does not exist in Europe/Warsaw: the clocks skip it.",
    });
    expect(parseLocalInput("2027-02-30T10:00", "UTC").ok).toBe(false);
    expect(parseLocalInput("tomorrow", "UTC")).toEqual({ ok: false, message: "Enter a date and a time." });
  });
  it("shows an instant as the expert's wall clock, the inverse of reading it", () => {
    const instant = Date.parse("2027-10-31T00:30:00Z");
    expect(toLocalInput(instant, "Europe/Warsaw")).toBe("2027-10-31T02:30");
    expect(toLocalInput(instant, "America/New_York")).toBe("2027-10-30T20:30");
    const read = parseLocalInput(toLocalInput(instant, "America/New_York"), "America/New_York");
    expect(read).toEqual({ ok: true, instant });
  });
});

describe("formatLocalDateTime", () => {
  it("writes the wall clock of the zone, for exports", () => {
    const instant = Date.parse("2027-01-15T15:00:00Z");
    expect(formatLocalDateTime(instant, "Asia/Tokyo")).toBe("2027-01-16 00:00");
    expect(formatLocalDateTime(instant, "America/Los_Angeles")).toBe("2027-01-15 07:00");
  });
});
