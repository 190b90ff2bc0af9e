import { describe, expect, it } from "vitest";
import { dayLabel, monthGrid } from "./month-grid";

describe("monthGrid", () => {
  it("draws a month as Monday-first weeks, with the other months' days left empty", () => {
    // 1 December 2026 is a Tuesday; 31 December a Thursday.
    const [december] = monthGrid("2026-12-01", "2026-12-31");
    expect(december?.label).toBe("December 2026");
    expect(december?.weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(december?.weeks.at(-1)).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    expect(december?.weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it("spans every month from the first date's to the last date's, across a year, and only the weeks between", () => {
    const months = monthGrid("2026-11-29", "2027-01-03");
    expect(months.map((month) => month.key)).toEqual(["2026-11", "2026-12", "2027-01"]);
    // Sunday 29 November: its week (from Monday the 23rd) is November's only one; 30 November starts the next.
    expect(months[0]?.weeks).toEqual([
      ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"],
      ["2026-11-30", null, null, null, null, null, null],
    ]);
    expect(months[1]?.weeks).toHaveLength(5);
    // Sunday 3 January 2027 ends the first week of January, which begins in December.
    expect(months[2]?.weeks).toEqual([[null, null, null, null, "2027-01-01", "2027-01-02", "2027-01-03"]]);
  });

  it("leaves out whole weeks before the first date and after the last", () => {
    const [december] = monthGrid("2026-12-10", "2026-12-16");
    expect(december?.weeks).toEqual([
      ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"],
      ["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18", "2026-12-19", "2026-12-20"],
    ]);
  });

  it("refuses a date it cannot read", () => {
    expect(() => monthGrid("2026-13-01", "2026-12-01")).toThrow(RangeError);
  });

  it("names a day as the free-times list does", () => {
    expect(dayLabel("2026-12-01")).toBe("Tuesday, December 1");
  });
});
