import { formatMoney } from "./format";
import type { SalaryPeriod } from "./vocabulary";

/** Every currency the runtime knows (ISO 4217, about 160), so a salary is said in the money it is paid in. */
export const currencies: readonly string[] = Intl.supportedValuesOf("currency");

const currencyNames = new Intl.DisplayNames(["en"], { type: "currency" });

/** "INR — Indian Rupee", as the currency picker lists it. */
export const currencyLabel = (code: string) => `${code} — ${currencyNames.of(code) ?? code}`;

export const salaryPeriodLabels: Record<SalaryPeriod, string> = { year: "a year", month: "a month" };

/**
 * What a salary may be in the currencies whose scale we know, per period: outside it the amount is
 * almost surely in another currency (2,400,000 meant in rupees, left on USD) or for another period
 * (a month's pay entered as a year's). Other currencies are not judged: we keep no exchange rates.
 */
const PLAUSIBLE: Record<SalaryPeriod, { min: number; max: number }> = {
  year: { min: 1_000, max: 1_000_000 },
  month: { min: 100, max: 85_000 },
};
const KNOWN_SCALE = new Set(["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"]);

/** Why an expected salary is implausible for its currency and period (a message for the field), or null. */
export function implausibleSalary(amount: number, currency: string, period: SalaryPeriod): string | null {
  if (!KNOWN_SCALE.has(currency)) return null;
  const { min, max } = PLAUSIBLE[period];
  if (amount >= min && amount <= max) return null;
  const said = `${formatMoney(amount, currency)} ${salaryPeriodLabels[period]}`;
  return amount > max
    ? `${said} is more than any backend salary we place: check the currency (e.g. INR for rupees) and the period.`
    : `${said} is less than any backend salary we place: check the currency and whether it is per month or per year.`;
}

/** A salary as the candidate gave it: "₹2,400,000 a year". */
export const formatSalary = (amount: number, currency: string, period: SalaryPeriod = "year") =>
  `${formatMoney(amount, currency)} ${salaryPeriodLabels[period]}`;

/** A salary as a band 10,000 wide (1,000 below 20,000) in its own currency and period: "₹2,400,000–₹2,410,000 a year". */
export function salaryBand(amount: number, currency: string, period: SalaryPeriod = "year"): string {
  const step = amount >= 20_000 ? 10_000 : 1_000;
  const low = Math.floor(amount / step) * step;
  return `${formatMoney(low, currency)}–${formatMoney(low + step, currency)} ${salaryPeriodLabels[period]}`;
}
