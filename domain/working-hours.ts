import type { WorkingHours } from "./slots";

/** ISO weekdays as talent managers read them: 1 = Monday … 7 = Sunday. */
export const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export type Range = { startMinute: number; endMinute: number };
export type DayParse = { ok: true; ranges: Range[] } | { ok: false; message: string };

/** "09:30" → 570; "24:00" is allowed as the end of a day. Null when it is not a time of day. */
export function timeToMinutes(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** 570 → "09:30". */
export function minutesToTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export function formatRanges(ranges: Range[]): string {
  return [...ranges]
    .sort((a, b) => a.startMinute - b.startMinute)
    .map((range) => `${minutesToTime(range.startMinute)}–${minutesToTime(range.endMinute)}`)
    .join(", ");
}

/**
 * One weekday's hours as typed, e.g. "09:00–12:00, 13:00–17:00" (empty: not working that day).
 * Refuses a range that ends before it starts and ranges that overlap; touching ranges are fine.
 */
export function parseDayHours(text: string): DayParse {
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const ranges: Range[] = [];
  for (const part of parts) {
    const bounds = part.split(/\s*(?:-|–|—|to)\s*/);
    const [start, end] = bounds.map(timeToMinutes);
    if (bounds.length !== 2 || start === null || start === undefined || end === null || end === undefined) {
      return { ok: false, message: `Write “${part}” as two times, like 09:00–17:00.` };
    }
    if (start === 1440) return { ok: false, message: `“${part}” starts at the end of the day.` };
    if (end <= start) return { ok: false, message: `“${part}” ends before it starts (use 24:00 for midnight).` };
    ranges.push({ startMinute: start, endMinute: end });
  }
  const sorted = [...ranges].sort((a, b) => a.startMinute - b.startMinute);
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (previous && current && current.startMinute < previous.endMinute) {
      return { ok: false, message: `${formatRanges([previous])} and ${formatRanges([current])} overlap.` };
    }
  }
  return { ok: true, ranges: sorted };
}

/** The weekly form's field for a weekday: "day1" … "day7". */
export const dayField = (weekday: number) => `day${weekday}`;

/** Every weekday of the weekly form at once, with a message per weekday that is wrong. */
export function parseWeek(
  values: Record<string, unknown>,
): { ok: true; hours: WorkingHours[] } | { ok: false; fieldErrors: Record<string, string> } {
  const hours: WorkingHours[] = [];
  const fieldErrors: Record<string, string> = {};
  weekdayNames.forEach((name, index) => {
    const weekday = index + 1;
    const raw = values[dayField(weekday)];
    const text = typeof raw === "string" ? raw : "";
    if (text.length > 200) {
      fieldErrors[dayField(weekday)] = `${name}: keep it under 200 characters.`;
      return;
    }
    const day = parseDayHours(text);
    if (day.ok) hours.push(...day.ranges.map((range) => ({ weekday, ...range })));
    else fieldErrors[dayField(weekday)] = `${name}: ${day.message}`;
  });
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, hours };
}

/** Each weekday's hours as the weekly form shows them. */
export function weekText(hours: WorkingHours[]): Record<string, string> {
  return Object.fromEntries(
    weekdayNames.map((_, index) => [
      dayField(index + 1),
      formatRanges(hours.filter((row) => row.weekday === index + 1)),
    ]),
  );
}
