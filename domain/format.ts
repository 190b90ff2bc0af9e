const currencyFormatters = new Map<string, Intl.NumberFormat>();

/** Whole-unit currency amount, e.g. formatMoney(50000, "USD") → "$50,000". */
export function formatMoney(amount: number, currency: string, locale = "en-US"): string {
  const key = `${locale}:${currency}`;
  let formatter = currencyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 });
    currencyFormatters.set(key, formatter);
  }
  return formatter.format(amount);
}

/** "0–2 years", "8+ years", "1 year". */
export function formatYears(min: number, max: number | null): string {
  if (max === null) return `${min}+ years`;
  if (min === max) return `${min} ${min === 1 ? "year" : "years"}`;
  return `${min}–${max} years`;
}

/** Lowest and highest salary of a list of levels, formatted as a range. */
export function formatSalaryRange(salaries: number[], currency: string): string | null {
  if (salaries.length === 0) return null;
  const low = Math.min(...salaries);
  const high = Math.max(...salaries);
  return low === high ? formatMoney(low, currency) : `${formatMoney(low, currency)}–${formatMoney(high, currency)}`;
}

export function formatDate(date: Date, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
