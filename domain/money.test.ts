import { describe, expect, it } from "vitest";
import { currencies, currencyLabel, formatSalary, implausibleSalary, salaryBand } from "./money";

describe("currencies", () => {
  it("holds every currency a candidate may be paid in, rupees among them, each named", () => {
    expect(currencies).toEqual(expect.arrayContaining(["USD", "EUR", "INR", "UAH", "VND", "NPR", "BRL"]));
    expect(currencyLabel("INR")).toBe("INR — Indian Rupee");
  });
});

describe("salaryBand", () => {
  it("rounds a figure into a 10,000 band, in its own currency and period", () => {
    expect(salaryBand(87_500, "USD")).toBe("$80,000–$90,000 a year");
    expect(salaryBand(90_000, "USD", "year")).toBe("$90,000–$100,000 a year");
    expect(salaryBand(2_400_000, "INR")).toBe("₹2,400,000–₹2,410,000 a year");
  });
  it("uses 1,000 steps for small (monthly) figures", () => {
    expect(salaryBand(6_400, "EUR", "month")).toBe("€6,000–€7,000 a month");
  });
});

describe("implausibleSalary", () => {
  it("catches rupees left on dollars and a month's pay entered as a year's, in currencies whose scale is known", () => {
    expect(implausibleSalary(2_400_000, "USD", "year")).toBe(
      "$2,400,000 a year is more than any backend salary we place: check the currency (e.g. INR for rupees) and the period.",
    );
    expect(implausibleSalary(600, "EUR", "year")).toMatch(/^€600 a year is less than/);
    expect(implausibleSalary(90_000, "USD", "month")).toMatch(/more than/);
    expect(implausibleSalary(90_000, "USD", "year")).toBeNull();
    expect(implausibleSalary(7_000, "EUR", "month")).toBeNull();
    // No exchange rates are kept: other currencies are taken as written.
    expect(implausibleSalary(2_400_000, "INR", "year")).toBeNull();
    expect(formatSalary(2_400_000, "INR")).toBe("₹2,400,000 a year");
  });
});
