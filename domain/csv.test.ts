import { describe, expect, it } from "vitest";
import { neutralizeCell, toCsv } from "./csv";

describe("neutralizeCell", () => {
  it.each(["=SUM(A1:A9)", "+1-555", "-2+3", "@cmd", "\t=1", "\r=1"])(
    "prefixes %j so it cannot run as a formula",
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );
  it("leaves ordinary values alone and formats dates, numbers and nulls", () => {
    expect(neutralizeCell("Acme = best")).toBe("Acme = best");
    expect(neutralizeCell(42)).toBe("42");
    expect(neutralizeCell(null)).toBe("");
    expect(neutralizeCell(new Date("2027-01-02T03:04:05Z"))).toBe("2027-01-02T03:04:05.000Z");
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and newlines and neutralises formulas", () => {
    const csv = toCsv(
      [{ name: 'Jo "JJ", Smith', note: "line1\nline2", company: '=HYPERLINK("x")' }],
      [
        { header: "Name", value: (row) => row.name },
        { header: "Note", value: (row) => row.note },
        { header: "Company", value: (row) => row.company },
      ],
    );
    expect(csv).toBe('Name,Note,Company\n"Jo ""JJ"", Smith","line1\nline2","\'=HYPERLINK(""x"")"\n');
  });
});
