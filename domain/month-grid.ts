import { DateTime } from "luxon";

/** One month of a calendar: its weeks from Monday to Sunday, each day an ISO date or null (another month). */
export type CalendarMonth = { key: string; label: string; weeks: (string | null)[][] };

/**
 * The weeks from `first`'s to `last`'s (ISO dates, `first` ≤ `last`), Monday first, in one table
 * per month: what a month calendar draws of the bookable weeks (a week across two months appears in
 * both). Dates are calendar days, with no time zone of their own.
 */
export function monthGrid(first: string, last: string, locale = "en-US"): CalendarMonth[] {
  const start = DateTime.fromISO(first, { zone: "UTC", locale });
  const end = DateTime.fromISO(last, { zone: "UTC", locale });
  if (!start.isValid || !end.isValid) throw new RangeError(`Invalid dates: ${first}, ${last}`);
  const months: CalendarMonth[] = [];
  for (let month = start.startOf("month"); month <= end; month = month.plus({ months: 1 })) {
    const weeks: (string | null)[][] = [];
    let week: (string | null)[] = Array.from({ length: month.weekday - 1 }, () => null);
    for (let day = month; day.month === month.month; day = day.plus({ days: 1 })) {
      week.push(day.toISODate());
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    // Whole weeks before `first`'s or after `last`'s are left out (the past, and beyond the horizon).
    const monday = start.minus({ days: start.weekday - 1 }).toISODate();
    const inRange = weeks.filter((days) => days.some((day) => day !== null && day >= monday && day <= last));
    months.push({
      key: month.toFormat("yyyy-MM"),
      label: month.toLocaleString({ month: "long", year: "numeric" }),
      weeks: inRange,
    });
  }
  return months;
}

/** "Tuesday, December 1": a calendar day named as the free-times list names it. */
export function dayLabel(isoDate: string, locale = "en-US"): string {
  return DateTime.fromISO(isoDate, { zone: "UTC", locale }).toLocaleString({
    weekday: "long",
    month: "long",
    day: "numeric",
  });
}
