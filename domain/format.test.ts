import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatSalaryRange, formatYears } from "./format";

describe("formatMoney", () => {
  it("formats whole US dollars with grouping", () => {
    expect(formatMoney(50000, "USD")).toBe("$50,000");
    expect(formatMoney(120798, "USD")).toBe("$120,798");
  });
  it("formats other currencies with their own symbol", () => {
    expect(formatMoney(40000, "GBP")).toBe("£40,000");
  });
  it("rounds to whole units", () => {
    expect(formatMoney(999.6, "USD")).toBe("$1,000");
  });
});

describe("formatYears", () => {
  it("formats a bounded range with an en dash", () => {
    expect(formatYears(0, 2)).toBe("0–2 years");
  });
  it("formats an open-ended range", () => {
    expect(formatYears(8, null)).toBe("8+ years");
  });
  it("formats a single year", () => {
    expect(formatYears(1, 1)).toBe("1 year");
  });
});

describe("formatSalaryRange", () => {
  it("spans the lowest and highest salary whatever the order", () => {
    expect(formatSalaryRange([90000, 50000, 120000], "USD")).toBe("$50,000–$120,000");
  });
  it("collapses a single value and handles no values", () => {
    expect(formatSalaryRange([70000], "USD")).toBe("$70,000");
    expect(formatSalaryRange([], "USD")).toBeNull();
  });
});

describe("formatDate", () => {
  it("formats in UTC so the day does not shift with the server's zone", () => {
    expect(formatDate(new Date("2026-11-20T23:30:00Z"))).toBe("November 20, 2026");
  });
});
