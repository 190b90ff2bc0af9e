import { describe, expect, it } from "vitest";
import { formatRanges, minutesToTime, parseDayHours, parseWeek, timeToMinutes, weekText } from "./working-hours";

describe("times of day", () => {
  it("reads HH:MM, including 24:00 for the end of the day", () => {
    expect(timeToMinutes("09:30")).toBe(570);
    expect(timeToMinutes("9:05")).toBe(545);
    expect(timeToMinutes("24:00")).toBe(1440);
    for (const bad of ["24:30", "12:60", "noon", "1230", ""]) expect(timeToMinutes(bad)).toBeNull();
  });
  it("writes minutes as HH:MM", () => {
    expect(minutesToTime(0)).toBe("00:00");
    expect(minutesToTime(570)).toBe("09:30");
    expect(minutesToTime(1440)).toBe("24:00");
  });
});

describe("parseDayHours", () => {
  it("reads several ranges in any order, with any dash, and sorts them", () => {
    expect(parseDayHours("13:00 - 17:00, 09:00–12:00")).toEqual({
      ok: true,
      ranges: [
        { startMinute: 540, endMinute: 720 },
        { startMinute: 780, endMinute: 1020 },
      ],
    });
    expect(parseDayHours("22:00 to 24:00")).toEqual({ ok: true, ranges: [{ startMinute: 1320, endMinute: 1440 }] });
  });
  it("treats an empty day as a day off", () => {
    expect(parseDayHours("  ")).toEqual({ ok: true, ranges: [] });
  });
  it("refuses a range that ends before or when it starts", () => {
    expect(parseDayHours("17:00–09:00")).toEqual({
      ok: false,
      message: "“17:00–09:00” ends before it starts (use 24:00 for midnight).",
    });
    expect(parseDayHours("09:00-09:00").ok).toBe(false);
    expect(parseDayHours("24:00-24:00").ok).toBe(false);
  });
  it("refuses overlapping ranges but accepts touching ones", () => {
    expect(parseDayHours("09:00–12:00, 11:30–13:00")).toEqual({
      ok: false,
      message: "09:00–12:00 and 11:30–13:00 overlap.",
    });
    expect(parseDayHours("09:00–12:00, 12:00–13:00").ok).toBe(true);
  });
  it("explains text that is not a range", () => {
    expect(parseDayHours("9 to 5")).toEqual({ ok: false, message: "Write “9 to 5” as two times, like 09:00–17:00." });
    expect(parseDayHours("09:00").ok).toBe(false);
    expect(parseDayHours("09:00-10:00-11:00").ok).toBe(false);
  });
});

describe("the weekly form", () => {
  it("collects every weekday and round-trips through the text the form shows", () => {
    const week = parseWeek({ day1: "09:00–17:00", day3: "08:00-10:00, 14:00-16:00", day7: "" });
    expect(week).toEqual({
      ok: true,
      hours: [
        { weekday: 1, startMinute: 540, endMinute: 1020 },
        { weekday: 3, startMinute: 480, endMinute: 600 },
        { weekday: 3, startMinute: 840, endMinute: 960 },
      ],
    });
    if (!week.ok) return;
    expect(weekText(week.hours)).toEqual({
      day1: "09:00–17:00",
      day2: "",
      day3: "08:00–10:00, 14:00–16:00",
      day4: "",
      day5: "",
      day6: "",
      day7: "",
    });
  });
  it("names each wrong weekday next to its own field", () => {
    expect(parseWeek({ day2: "10:00–09:00", day5: "09:00–12:00, 10:00–11:00", day6: "10:00-11:00" })).toEqual({
      ok: false,
      fieldErrors: {
        day2: "Tuesday: “10:00–09:00” ends before it starts (use 24:00 for midnight).",
        day5: "Friday: 09:00–12:00 and 10:00–11:00 overlap.",
      },
    });
  });
  it("formats ranges in order", () => {
    expect(
      formatRanges([
        { startMinute: 780, endMinute: 840 },
        { startMinute: 60, endMinute: 90 },
      ]),
    ).toBe("01:00–01:30, 13:00–14:00");
  });
});
