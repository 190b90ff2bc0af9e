import { DateTime, IANAZone, type Zone } from "luxon";

export type WorkingHours = { weekday: number; startMinute: number; endMinute: number }; // weekday 1=Monday … 7=Sunday (ISO); minutes since local midnight in the expert's zone
export type Interval = { start: number; end: number }; // UTC ms, end exclusive
export type ExpertSchedule = {
  expertId: number;
  timeZone: string; // IANA, e.g. "Europe/Warsaw"
  workingHours: WorkingHours[]; // several ranges per weekday allowed
  timeOff: Interval[];
  callMinutes: number;
  bufferMinutes: number; // required gap between a call and any other booking, on both sides
  minNoticeMinutes: number; // earliest slot start >= now + notice
  horizonDays: number; // latest slot start < now + horizonDays (calendar days in the expert's zone)
  maxCallsPerDay: number; // per local day in the expert's zone, counting existing bookings
};
export type Slot = { expertId: number; start: number; end: number };

const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 1440;

type ValidDateTime = DateTime<true>;

function zoned(instant: number, timeZone: string | Zone, locale?: string): ValidDateTime {
  const dt = DateTime.fromMillis(instant, { zone: timeZone, locale });
  if (!dt.isValid)
    throw new RangeError(
      `Invalid instant or time zone: ${instant}, ${typeof timeZone === "string" ? timeZone : timeZone.name}`,
    );
  return dt;
}

function assertValid(schedule: ExpertSchedule, stepMinutes: number): void {
  if (!isValidTimeZone(schedule.timeZone)) throw new RangeError(`Invalid time zone: ${schedule.timeZone}`);
  if (!(schedule.callMinutes > 0) || !Number.isInteger(schedule.callMinutes))
    throw new RangeError("callMinutes must be a positive integer");
  if (!(stepMinutes > 0) || !Number.isInteger(stepMinutes))
    throw new RangeError("stepMinutes must be a positive integer");
  for (const wh of schedule.workingHours) {
    const ok =
      Number.isInteger(wh.weekday) &&
      wh.weekday >= 1 &&
      wh.weekday <= 7 &&
      Number.isInteger(wh.startMinute) &&
      Number.isInteger(wh.endMinute) &&
      wh.startMinute >= 0 &&
      wh.startMinute < wh.endMinute &&
      wh.endMinute <= MINUTES_PER_DAY;
    if (!ok) throw new RangeError(`Invalid working hours: ${JSON.stringify(wh)}`);
  }
}

function startOfDay(instant: number, timeZone: string): ValidDateTime {
  return zoned(instant, timeZone).startOf("day");
}

function followingDay(day: ValidDateTime): ValidDateTime {
  return day.plus({ days: 1 }).startOf("day");
}

function sameLocalDate(a: ValidDateTime, b: ValidDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day; // cheaper than hasSame()
}

/** Every instant at which the local clock of `day` shows `minute`: none in a spring-forward gap, two in a fall-back overlap. */
function wallClockInstants(day: ValidDateTime, minute: number): number[] {
  const dt = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone: day.zone },
  );
  // luxon silently shifts a non-existent local time forward; detect that instead of emitting a shifted duplicate.
  if (!dt.isValid || !sameLocalDate(dt, day) || dt.hour * 60 + dt.minute !== minute) return [];
  return dt.getPossibleOffsets().map((candidate) => candidate.toMillis());
}

/** True when a call ending at `end` is over by `endMinute` on the local clock of `day` (its last moment is before it). */
function endsBy(day: ValidDateTime, nextDay: ValidDateTime, end: number, endMinute: number): boolean {
  const last = zoned(end - 1, day.zone);
  const minute = last.hour * 60 + last.minute;
  if (sameLocalDate(last, day)) return minute < endMinute;
  return sameLocalDate(last, nextDay) && MINUTES_PER_DAY + minute < endMinute;
}

/** Sorted slot starts on one local day, before notice/bookings/time-off filtering. */
function candidateStarts(
  schedule: ExpertSchedule,
  day: ValidDateTime,
  nextDay: ValidDateTime,
  stepMinutes: number,
): number[] {
  // Fast path (all but ~2 days a year): no offset change today, so the local clock runs in step with UTC from midnight.
  // Per-minute luxon resolution is ~100x slower and only needed on DST-change days.
  const uniform = day.hour === 0 && day.minute === 0 && day.offset === nextDay.offset;
  const callMs = schedule.callMinutes * MINUTE_MS;
  const starts = new Set<number>(); // overlapping ranges must not produce duplicates
  for (const wh of schedule.workingHours) {
    if (wh.weekday !== day.weekday) continue;
    // Stepping on the local clock keeps slots on :00/:30 and skips wall times that do not exist.
    for (let minute = wh.startMinute; minute + schedule.callMinutes <= wh.endMinute; minute += stepMinutes) {
      if (uniform) {
        starts.add(day.toMillis() + minute * MINUTE_MS);
        continue;
      }
      for (const start of wallClockInstants(day, minute)) {
        // The call lasts real minutes; if the clock jumps forward during it, it must still end by the range end.
        if (endsBy(day, nextDay, start + callMs, wh.endMinute)) starts.add(start);
      }
    }
  }
  return [...starts].sort((a, b) => a - b);
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

type Context = {
  schedule: ExpertSchedule;
  bookings: Interval[];
  earliest: number;
  latest: number;
  bookingsPerDay: Map<string, number>;
};

function buildContext(schedule: ExpertSchedule, bookings: Interval[], now: number, stepMinutes: number): Context {
  assertValid(schedule, stepMinutes);
  const bookingsPerDay = new Map<string, number>();
  for (const booking of bookings) {
    const day = zoned(booking.start, schedule.timeZone).toISODate();
    bookingsPerDay.set(day, (bookingsPerDay.get(day) ?? 0) + 1);
  }
  return {
    schedule,
    bookings,
    earliest: now + schedule.minNoticeMinutes * MINUTE_MS,
    latest: zoned(now, schedule.timeZone).plus({ days: schedule.horizonDays }).toMillis(),
    bookingsPerDay,
  };
}

function isDayFull(ctx: Context, day: ValidDateTime): boolean {
  return (ctx.bookingsPerDay.get(day.toISODate()) ?? 0) >= ctx.schedule.maxCallsPerDay;
}

/** Notice, horizon, time off and buffered bookings; the start is assumed to be a valid candidate. */
function isCandidateFree(ctx: Context, start: number): boolean {
  const { schedule } = ctx;
  const end = start + schedule.callMinutes * MINUTE_MS;
  const bufferMs = schedule.bufferMinutes * MINUTE_MS;
  if (start < ctx.earliest || start >= ctx.latest) return false;
  if (schedule.timeOff.some((off) => overlaps(start, end, off.start, off.end))) return false;
  return !ctx.bookings.some((b) => overlaps(start, end + bufferMs, b.start, b.end + bufferMs));
}

function compareSlots(a: Slot, b: Slot): number {
  return a.start - b.start || a.expertId - b.expertId;
}

/** Free slots of one expert between now and the horizon, sorted by start. */
export function listFreeSlots(
  schedule: ExpertSchedule,
  bookings: Interval[],
  now: number,
  stepMinutes?: number,
): Slot[] {
  const step = stepMinutes ?? schedule.callMinutes;
  const ctx = buildContext(schedule, bookings, now, step);
  const slots: Slot[] = [];
  for (let day = startOfDay(ctx.earliest, schedule.timeZone); day.toMillis() < ctx.latest; ) {
    const nextDay = followingDay(day);
    if (!isDayFull(ctx, day)) {
      for (const start of candidateStarts(schedule, day, nextDay, step)) {
        if (isCandidateFree(ctx, start)) {
          slots.push({ expertId: schedule.expertId, start, end: start + schedule.callMinutes * MINUTE_MS });
        }
      }
    }
    day = nextDay;
  }
  return slots;
}

/**
 * Free slots across several experts, given in the team's order, sorted by start; at the same start
 * the expert earlier in that order comes first (and so gets the shared time where one is shown).
 */
export function listFreeSlotsForExperts(
  schedules: { schedule: ExpertSchedule; bookings: Interval[] }[],
  now: number,
): Slot[] {
  const place = new Map(schedules.map(({ schedule }, index) => [schedule.expertId, index]));
  const rank = (slot: Slot) => place.get(slot.expertId) ?? schedules.length;
  return schedules
    .flatMap(({ schedule, bookings }) => listFreeSlots(schedule, bookings, now))
    .sort((a, b) => a.start - b.start || rank(a) - rank(b));
}

/** True when the exact slot (start) is free for that expert now — used by the server to re-check before inserting. */
export function isSlotFree(schedule: ExpertSchedule, bookings: Interval[], start: number, now: number): boolean {
  // Past or well beyond the horizon nothing is free; deciding that first also keeps instants luxon
  // cannot place in a zone (e.g. 8.64e15, the last valid Date) away from it.
  const latest = now + (schedule.horizonDays + 2) * MINUTES_PER_DAY * MINUTE_MS;
  if (!Number.isFinite(start) || start < now || start > latest) return false;
  const ctx = buildContext(schedule, bookings, now, schedule.callMinutes);
  const day = startOfDay(start, schedule.timeZone);
  // Same checks as listFreeSlots, restricted to the slot's own local day.
  return (
    !isDayFull(ctx, day) &&
    candidateStarts(schedule, day, followingDay(day), schedule.callMinutes).includes(start) &&
    isCandidateFree(ctx, start)
  );
}

// Intl may use U+202F / U+00A0 (ICU-version dependent); normalise so server and browser render identical text.
function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}

/** Groups slots by calendar day in the VISITOR's zone, days in order. */
export function groupSlotsByDay(
  slots: Slot[],
  timeZone: string,
  locale = "en-US",
): { day: string; label: string; slots: Slot[] }[] {
  const groups: { day: string; label: string; slots: Slot[] }[] = [];
  for (const slot of [...slots].sort(compareSlots)) {
    const dt = zoned(slot.start, timeZone, locale);
    const day = dt.toISODate();
    const last = groups.at(-1);
    if (last?.day === day) {
      last.slots.push(slot);
    } else {
      const label = normalizeSpaces(dt.toLocaleString({ weekday: "long", month: "long", day: "numeric" }));
      groups.push({ day, label, slots: [slot] });
    }
  }
  return groups;
}

/** Formats a slot start for display in a zone, e.g. "9:30 AM". */
export function formatTime(instant: number, timeZone: string, locale = "en-US"): string {
  return normalizeSpaces(zoned(instant, timeZone, locale).toLocaleString(DateTime.TIME_SIMPLE));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * The calendar date ("2026-11-30") an instant falls on in a zone. Through a cached Intl formatter:
 * a page that sorts hundreds of times into days pays microseconds, where luxon costs milliseconds.
 */
export function localDate(instant: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (dateFormats.size > 500) dateFormats.clear();
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** The hour (0–23) an instant falls in, in a zone. */
export function localHour(instant: number, timeZone: string): number {
  return zoned(instant, timeZone).hour;
}

/** Full date+time with zone abbreviation or offset, e.g. "Monday, March 29, 2027, 9:30 AM GMT+2". */
export function formatDateTime(instant: number, timeZone: string, locale = "en-US"): string {
  const dt = zoned(instant, timeZone, locale);
  // Two parts joined explicitly: ICU versions differ on ", " vs " at " between date and time.
  const time = dt.toLocaleString({ hour: "numeric", minute: "2-digit", timeZoneName: "short" });
  return normalizeSpaces(`${dt.toLocaleString(DateTime.DATE_HUGE)}, ${time}`);
}

/** True for a valid IANA zone name (luxon IANAZone.isValidZone). */
export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The N free slots nearest to a given instant (by absolute distance), sorted by start. */
export function nearestSlots<T extends Slot>(slots: T[], target: number, count: number): T[] {
  if (!(count > 0)) return [];
  return [...slots]
    .sort((a, b) => Math.abs(a.start - target) - Math.abs(b.start - target) || compareSlots(a, b))
    .slice(0, count)
    .sort(compareSlots);
}

/** One day of free times, each already a link, as the slot list shows them. */
export type SlotDay = {
  day: string;
  label: string;
  /** `hour`: the hour (0–23) the time starts at in the visitor's zone. */
  slots: { key: string; time: string; hour: number; href: string; expertName: string }[];
};
