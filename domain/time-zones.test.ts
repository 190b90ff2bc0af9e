import { describe, expect, it } from "vitest";
import { timeZoneLabel } from "./labels";
import { isValidTimeZone } from "./slots";
import {
  formatLocalDateTime,
  isListedTimeZone,
  parseLocalInput,
  parseTimeZone,
  timeZoneChoices,
  timeZoneOptions,
  toLocalInput,
  unknownTimeZone,
  visitorTimeZone,
} from "./time-zones";
import { renamedZones } from "./zone-names";

describe("renamed zones", () => {
  it("are known to this runtime by their current names, as the same zone as the old ones", () => {
    const icuZone = (zone: string) => new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
    for (const [old, current] of renamedZones) {
      expect(isValidTimeZone(current), current).toBe(true);
      // One zone under two names, not one place folded into another's zone (Europe/Oslo → Europe/Berlin).
      expect(icuZone(current), current).toBe(icuZone(old));
    }
  });
  it("are listed by their current names only, sorted as the runtime sorts, each once", () => {
    expect(timeZoneOptions).toContain("Asia/Kolkata");
    expect(timeZoneOptions).toContain("Europe/Kyiv");
    expect(timeZoneOptions).not.toContain("Asia/Calcutta");
    expect(timeZoneOptions).not.toContain("Europe/Kiev");
    expect(timeZoneOptions[0]).toBe("UTC");
    expect(timeZoneOptions.slice(1)).toEqual([...new Set(timeZoneOptions.slice(1))].sort());
    expect(isListedTimeZone("Asia/Kolkata")).toBe(true);
    expect(isListedTimeZone("Asia/Calcutta")).toBe(false);
  });
  it("come back by their current names, typed as a zone or a city, old or new, in any case", () => {
    const typed = {
      Kolkata: "Asia/Kolkata",
      kolkata: "Asia/Kolkata",
      Calcutta: "Asia/Kolkata",
      "Asia/Calcutta": "Asia/Kolkata",
      "asia/calcutta": "Asia/Kolkata",
      Kyiv: "Europe/Kyiv",
      Kiev: "Europe/Kyiv",
      "Europe/Kiev": "Europe/Kyiv",
      "Ho Chi Minh": "Asia/Ho_Chi_Minh",
      "ho chi minh": "Asia/Ho_Chi_Minh",
      Saigon: "Asia/Ho_Chi_Minh",
      Kathmandu: "Asia/Kathmandu",
      "Asia/Katmandu": "Asia/Kathmandu",
      Yangon: "Asia/Yangon",
      Nuuk: "America/Nuuk",
      "Buenos Aires": "America/Argentina/Buenos_Aires",
    };
    for (const [value, zone] of Object.entries(typed)) {
      expect(parseTimeZone(value), value).toBe(zone);
      expect(unknownTimeZone(value), value).toBeUndefined();
    }
  });
  it("are chosen and labelled by their current names when a form holds an old one", () => {
    const choices = timeZoneChoices("Asia/Calcutta");
    expect(choices).toHaveLength(timeZoneChoices().length);
    expect(choices.filter((choice) => choice.value === "Asia/Kolkata")).toEqual([
      { value: "Asia/Kolkata", label: "Asia/Kolkata" },
    ]);
    expect(choices.some((choice) => choice.value === "Asia/Calcutta")).toBe(false);
    expect(timeZoneLabel("Asia/Saigon")).toBe("Asia/Ho Chi Minh");
  });
});

describe("time-zone choices", () => {
  it("offers the runtime's zones and keeps a current zone it does not list", () => {
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
  it("accepts every IANA name and alias, a renamed zone by its current name (Chromium says Asia/Calcutta, Firefox Asia/Kolkata)", () => {
    expect(parseTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(parseTimeZone("Europe/Kyiv")).toBe("Europe/Kyiv");
    expect(parseTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(parseTimeZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(parseTimeZone("US/Eastern")).toBe("US/Eastern");
    expect(parseTimeZone("america/new_york")).toBe("America/New_York");
    expect(parseTimeZone("UTC")).toBe("UTC");
  });
  it("falls back to UTC for anything that is not a zone", () => {
    for (const value of ["", "Mars/Base", "../etc/passwd", "Europe/Kyiv\u0000", "x".repeat(65), 42, undefined])
      expect(parseTimeZone(value)).toBe("UTC");
  });
  it("finds a zone by its city, as typed into the picker without JavaScript", () => {
    expect(parseTimeZone("Berlin")).toBe("Europe/Berlin");
    expect(parseTimeZone(" new york ")).toBe("America/New_York");
    expect(parseTimeZone("TOKYO")).toBe("Asia/Tokyo");
  });
  it("says what the visitor typed when it names no zone, and nothing for a zone, UTC or an empty field", () => {
    expect(unknownTimeZone("Atlantis")).toBe("Atlantis");
    expect(unknownTimeZone("Mars/Base")).toBe("Mars/Base");
    for (const value of ["Berlin", "Europe/Berlin", "UTC", "utc", "", "  ", undefined, ["Berlin"]])
      expect(unknownTimeZone(value)).toBeUndefined();
  });
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

describe("visitorTimeZone", () => {
  it("takes the zone chosen on the page, then the browser's, then the one known from before, then UTC", () => {
    expect(visitorTimeZone("Asia/Tokyo", "Asia/Kolkata", "Europe/Berlin")).toBe("Asia/Tokyo");
    expect(visitorTimeZone(undefined, "Asia/Kolkata", "Europe/Berlin")).toBe("Asia/Kolkata");
    expect(visitorTimeZone("Nowhere/Special", null, "Europe/Berlin")).toBe("Europe/Berlin");
    expect(visitorTimeZone("", null, "Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(visitorTimeZone(["Asia/Tokyo"], null, null)).toBe("UTC");
  });
});
