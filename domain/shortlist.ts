import { DateTime } from "luxon";
import { UNSPECIFIED_SENIORITY } from "./vocabulary";

/** How long a shortlist link works after it is sent. */
export const SHORTLIST_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** "Ada Lovelace" → "A. L.": how the company reads a candidate until both sides said yes. */
export function initialsOf(name: string): string {
  const initials = name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toUpperCase()}.`);
  return initials.length > 0 ? initials.join(" ") : "Candidate";
}

const WORKDAY_START_HOUR = 9;
const WORKDAY_END_HOUR = 17;

/**
 * Hours in common between a 9:00–17:00 working day in each zone, on the weekday that `at` falls on
 * in `zoneA` (daylight saving as on that day), in half hours: 8 for the same zone, 0 for
 * opposite sides of the world.
 */
export function workdayOverlapHours(zoneA: string, zoneB: string, at: number): number {
  const dayA = DateTime.fromMillis(at, { zone: zoneA }).startOf("day");
  const dayB = DateTime.fromObject({ year: dayA.year, month: dayA.month, day: dayA.day }, { zone: zoneB });
  const workday = (day: DateTime) => ({
    start: day.set({ hour: WORKDAY_START_HOUR }).toMillis(),
    end: day.set({ hour: WORKDAY_END_HOUR }).toMillis(),
  });
  const a = workday(dayA);
  // The other zone's working day nearest in time to this one: the same date, or the one before or after.
  const overlaps = [-1, 0, 1].map((shift) => {
    const b = workday(dayB.plus({ days: shift }));
    return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  });
  const halfHours = Math.floor(Math.max(...overlaps) / (30 * 60 * 1000));
  return halfHours / 2;
}

/** The UTC offset of a zone at an instant, as people write it: "UTC+5:30", "UTC−3", "UTC". */
export function utcOffsetLabel(zone: string, at: number): string {
  const minutes = DateTime.fromMillis(at, { zone }).offset;
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "−";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/** A request's role as a title: "Senior backend developer", or the role alone when no seniority was set. */
export function roleTitle(seniority: string, role: string): string {
  if (seniority === UNSPECIFIED_SENIORITY || !seniority.trim()) return role.charAt(0).toUpperCase() + role.slice(1);
  return `${seniority} ${role.charAt(0).toLowerCase()}${role.slice(1)}`;
}
