import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  type ExpertSchedule,
  formatDateTime,
  formatTime,
  groupSlotsByDay,
  type Interval,
  isSlotFree,
  isValidTimeZone,
  listFreeSlots,
  listFreeSlotsForExperts,
  localDate,
  nearestSlots,
  type Slot,
  type WorkingHours,
} from "./slots";

const MIN = 60_000;
const HOUR = 60 * MIN;
const WARSAW = "Europe/Warsaw";
const NEW_YORK = "America/New_York";

const utc = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test date ${iso}`);
  return ms;
};
/** "2027-04-05T07:00Z" – compact UTC form for readable expectations. */
const iso = (ms: number): string => new Date(ms).toISOString().replace(":00.000Z", "Z");
const starts = (slots: Slot[]): string[] => slots.map((s) => iso(s.start));
const localTimes = (slots: Slot[], zone: string): string[] =>
  slots.map((s) => DateTime.fromMillis(s.start, { zone }).toFormat("HH:mm"));

const hours = (startHour: number, endHour: number, weekdays: number[]): WorkingHours[] =>
  weekdays.map((weekday) => ({ weekday, startMinute: startHour * 60, endMinute: endHour * 60 }));
const MON_FRI = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

function schedule(overrides: Partial<ExpertSchedule> = {}): ExpertSchedule {
  return {
    expertId: 1,
    timeZone: WARSAW,
    workingHours: hours(9, 17, MON_FRI),
    timeOff: [],
    callMinutes: 30,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 14,
    maxCallsPerDay: 8,
    ...overrides,
  };
}

/** Slots of one local calendar day in `zone`. */
function slotsOn(slots: Slot[], zone: string, day: string): Slot[] {
  return groupSlotsByDay(slots, zone).find((g) => g.day === day)?.slots ?? [];
}

// Monday 2027-04-05 00:00 in Warsaw (CEST, UTC+2).
const MONDAY = utc("2027-04-04T22:00Z");

describe("listFreeSlots", () => {
  it("generates 30-minute slots on :00 and :30 inside local working hours", () => {
    const slots = listFreeSlots(schedule({ horizonDays: 1 }), [], MONDAY);
    expect(slots).toHaveLength(16);
    expect(iso(slots[0]!.start)).toBe("2027-04-05T07:00Z"); // 09:00 CEST
    expect(iso(slots.at(-1)!.start)).toBe("2027-04-05T14:30Z"); // 16:30 CEST, ends 17:00
    for (const [i, slot] of slots.entries()) {
      expect(slot).toEqual({ expertId: 1, start: slots[0]!.start + i * 30 * MIN, end: slot.start + 30 * MIN });
    }
  });

  it("excludes weekdays without working hours (weekend)", () => {
    const slots = listFreeSlots(schedule({ horizonDays: 7 }), [], MONDAY);
    expect(slots).toHaveLength(5 * 16);
    const weekdays = new Set(slots.map((s) => DateTime.fromMillis(s.start, { zone: WARSAW }).weekday));
    expect([...weekdays]).toEqual([1, 2, 3, 4, 5]);
  });

  it("supports several ranges per weekday without duplicate slots", () => {
    const workingHours = [...hours(9, 12, [1]), ...hours(13, 15, [1]), ...hours(11, 12, [1])];
    const slots = listFreeSlots(schedule({ workingHours, horizonDays: 1 }), [], MONDAY);
    expect(localTimes(slots, WARSAW)).toEqual([
      "09:00",
      "09:30",
      "10:00",
      "10:30",
      "11:00",
      "11:30",
      "13:00",
      "13:30",
      "14:00",
      "14:30",
    ]);
  });

  it("only emits slots that fit wholly inside one range", () => {
    const workingHours = [
      { weekday: 1, startMinute: 9 * 60, endMinute: 10 * 60 },
      { weekday: 1, startMinute: 10 * 60, endMinute: 10 * 60 + 50 },
    ];
    const slots = listFreeSlots(schedule({ workingHours, horizonDays: 1 }), [], MONDAY, 15);
    // 09:45 would straddle both ranges; 10:30 would end after 10:50.
    expect(localTimes(slots, WARSAW)).toEqual(["09:00", "09:15", "09:30", "10:00", "10:15"]);
  });

  it("honours a custom step aligned to the range start", () => {
    const workingHours = [{ weekday: 1, startMinute: 9 * 60 + 10, endMinute: 11 * 60 }];
    const slots = listFreeSlots(schedule({ workingHours, horizonDays: 1 }), [], MONDAY, 20);
    expect(localTimes(slots, WARSAW)).toEqual(["09:10", "09:30", "09:50", "10:10", "10:30"]);
  });

  it("respects minimum notice (inclusive)", () => {
    const at0910 = utc("2027-04-05T07:10Z");
    const slots = listFreeSlots(schedule({ minNoticeMinutes: 60, horizonDays: 1 }), [], at0910);
    expect(localTimes(slots, WARSAW)[0]).toBe("10:30");

    const at0900 = utc("2027-04-05T07:00Z");
    const exact = listFreeSlots(schedule({ minNoticeMinutes: 30, horizonDays: 1 }), [], at0900);
    expect(localTimes(exact, WARSAW)[0]).toBe("09:30");
  });

  it("respects the horizon (exclusive) and returns nothing for a zero horizon", () => {
    const at0900 = utc("2027-04-05T07:00Z");
    const slots = listFreeSlots(schedule({ horizonDays: 2 }), [], at0900);
    expect(slots).toHaveLength(32); // Monday and Tuesday; Wednesday 09:00 is exactly at the horizon
    expect(iso(slots.at(-1)!.start)).toBe("2027-04-06T14:30Z");
    expect(listFreeSlots(schedule({ horizonDays: 0 }), [], at0900)).toEqual([]);
  });

  it("counts the horizon in local calendar days across a DST change", () => {
    // Saturday 2027-03-27 09:00 CET; two calendar days later is Monday 09:00 CEST = 07:00Z (only 47 h).
    const slots = listFreeSlots(
      schedule({ workingHours: hours(9, 17, EVERY_DAY), horizonDays: 2 }),
      [],
      utc("2027-03-27T08:00Z"),
    );
    expect(iso(slots.at(-1)!.start)).toBe("2027-03-28T14:30Z");
    expect(slots).toHaveLength(32);
  });

  it("keeps the buffer after an existing booking and before it", () => {
    const booking: Interval = { start: utc("2027-04-05T08:00Z"), end: utc("2027-04-05T08:30Z") }; // 10:00–10:30
    const withBuffer = listFreeSlots(schedule({ bufferMinutes: 15, horizonDays: 1 }), [booking], MONDAY);
    const times = localTimes(withBuffer, WARSAW);
    expect(times).toHaveLength(13);
    expect(times).toContain("09:00");
    expect(times).not.toContain("09:30"); // would end 10:00, less than 15 min before the booking
    expect(times).not.toContain("10:00");
    expect(times).not.toContain("10:30"); // starts right after the booking, inside the buffer
    expect(times).toContain("11:00");

    const noBuffer = listFreeSlots(schedule({ horizonDays: 1 }), [booking], MONDAY);
    expect(localTimes(noBuffer, WARSAW)).not.toContain("10:00");
    expect(noBuffer).toHaveLength(15); // back-to-back calls are allowed without a buffer
  });

  it("blocks every slot an off-grid booking overlaps", () => {
    const booking: Interval = { start: utc("2027-04-05T08:10Z"), end: utc("2027-04-05T08:40Z") }; // 10:10–10:40
    const times = localTimes(listFreeSlots(schedule({ horizonDays: 1 }), [booking], MONDAY), WARSAW);
    expect(times).not.toContain("10:00");
    expect(times).not.toContain("10:30");
    expect(times).toHaveLength(14);
  });

  it("yields no slots on a local day that reached maxCallsPerDay", () => {
    const mondayBookings: Interval[] = [
      { start: utc("2027-04-05T07:00Z"), end: utc("2027-04-05T07:30Z") },
      { start: utc("2027-04-05T12:00Z"), end: utc("2027-04-05T12:30Z") },
    ];
    const full = listFreeSlots(schedule({ maxCallsPerDay: 2, horizonDays: 2 }), mondayBookings, MONDAY);
    expect(slotsOn(full, WARSAW, "2027-04-05")).toEqual([]);
    expect(slotsOn(full, WARSAW, "2027-04-06")).toHaveLength(16);

    const notFull = listFreeSlots(schedule({ maxCallsPerDay: 3, horizonDays: 1 }), mondayBookings, MONDAY);
    expect(notFull).toHaveLength(14);
  });

  it("counts bookings per local day in the expert's zone, not per UTC day", () => {
    // Tuesday 00:30 in Warsaw, still Monday in UTC.
    const booking: Interval = { start: utc("2027-04-05T22:30Z"), end: utc("2027-04-05T23:00Z") };
    const slots = listFreeSlots(schedule({ maxCallsPerDay: 1, horizonDays: 2 }), [booking], MONDAY);
    expect(slotsOn(slots, WARSAW, "2027-04-05")).toHaveLength(16);
    expect(slotsOn(slots, WARSAW, "2027-04-06")).toEqual([]);
  });

  it("skips time off", () => {
    const timeOff: Interval[] = [
      { start: utc("2027-04-05T10:00Z"), end: utc("2027-04-05T11:15Z") }, // Monday 12:00–13:15
      { start: utc("2027-04-05T22:00Z"), end: utc("2027-04-06T22:00Z") }, // all of Tuesday
    ];
    const slots = listFreeSlots(schedule({ timeOff, horizonDays: 2 }), [], MONDAY);
    const monday = localTimes(slotsOn(slots, WARSAW, "2027-04-05"), WARSAW);
    expect(monday).toHaveLength(13);
    for (const blocked of ["12:00", "12:30", "13:00"]) expect(monday).not.toContain(blocked);
    expect(monday).toContain("13:30");
    expect(slotsOn(slots, WARSAW, "2027-04-06")).toEqual([]);
  });

  it("is deterministic and independent of input order", () => {
    const bookings: Interval[] = [
      { start: utc("2027-04-06T08:00Z"), end: utc("2027-04-06T08:30Z") },
      { start: utc("2027-04-05T09:00Z"), end: utc("2027-04-05T09:30Z") },
    ];
    const timeOff: Interval[] = [
      { start: utc("2027-04-07T07:00Z"), end: utc("2027-04-07T09:00Z") },
      { start: utc("2027-04-05T12:00Z"), end: utc("2027-04-05T13:00Z") },
    ];
    const a = listFreeSlots(schedule({ timeOff, bufferMinutes: 10 }), bookings, MONDAY);
    const b = listFreeSlots(
      schedule({ timeOff: [...timeOff].reverse(), bufferMinutes: 10 }),
      [...bookings].reverse(),
      MONDAY,
    );
    expect(b).toEqual(a);
    expect(listFreeSlots(schedule({ timeOff, bufferMinutes: 10 }), bookings, MONDAY)).toEqual(a);
  });

  it("rejects invalid input", () => {
    expect(() => listFreeSlots(schedule({ timeZone: "Mars/Olympus" }), [], MONDAY)).toThrow(RangeError);
    expect(() => listFreeSlots(schedule(), [], MONDAY, 0)).toThrow(RangeError);
    expect(() => listFreeSlots(schedule({ callMinutes: 0 }), [], MONDAY)).toThrow(RangeError);
    const inverted = [{ weekday: 1, startMinute: 600, endMinute: 540 }];
    expect(() => listFreeSlots(schedule({ workingHours: inverted }), [], MONDAY)).toThrow(RangeError);
    const badDay = [{ weekday: 0, startMinute: 540, endMinute: 600 }];
    expect(() => listFreeSlots(schedule({ workingHours: badDay }), [], MONDAY)).toThrow(RangeError);
  });
});

describe("isSlotFree", () => {
  const busy = schedule({
    bufferMinutes: 15,
    minNoticeMinutes: 120,
    horizonDays: 7,
    maxCallsPerDay: 2,
    timeOff: [{ start: utc("2027-04-07T10:00Z"), end: utc("2027-04-07T12:00Z") }],
  });
  const bookings: Interval[] = [
    { start: utc("2027-04-05T09:00Z"), end: utc("2027-04-05T09:30Z") },
    { start: utc("2027-04-06T08:00Z"), end: utc("2027-04-06T08:30Z") },
    { start: utc("2027-04-06T12:00Z"), end: utc("2027-04-06T12:30Z") }, // fills Tuesday
  ];
  const now = utc("2027-04-05T06:20Z"); // Monday 08:20 local

  it("agrees with listFreeSlots for every 15-minute instant (on and off the grid) in the horizon", () => {
    const listed = new Set(listFreeSlots(busy, bookings, now).map((s) => s.start));
    expect(listed.size).toBeGreaterThan(0);
    let agreed = 0;
    for (let t = now - HOUR; t < now + 8 * 24 * HOUR; t += 15 * MIN) {
      expect(isSlotFree(busy, bookings, t, now), iso(t)).toBe(listed.has(t));
      agreed++;
    }
    expect(agreed).toBeGreaterThan(700);
  }, 20_000);

  it("accepts a free grid slot and rejects off-grid, past, booked, full-day and out-of-horizon starts", () => {
    expect(isSlotFree(busy, bookings, utc("2027-04-05T12:00Z"), now)).toBe(true);
    expect(isSlotFree(busy, bookings, utc("2027-04-05T12:10Z"), now)).toBe(false); // off grid
    expect(isSlotFree(busy, bookings, utc("2027-04-05T07:00Z"), now)).toBe(false); // inside notice
    expect(isSlotFree(busy, bookings, utc("2027-04-05T09:00Z"), now)).toBe(false); // booked
    expect(isSlotFree(busy, bookings, utc("2027-04-06T10:00Z"), now)).toBe(false); // Tuesday is full
    expect(isSlotFree(busy, bookings, utc("2027-04-12T07:00Z"), now)).toBe(false); // beyond horizon
    expect(isSlotFree(busy, bookings, Number.NaN, now)).toBe(false);
  });

  it("answers false, without throwing, for instants at the edge of what a Date can hold", () => {
    for (const start of [8_640_000_000_000_000, 8_639_999_999_999_999, Number.MAX_SAFE_INTEGER, 1])
      expect(isSlotFree(busy, bookings, start, now)).toBe(false);
  });
});

describe("listFreeSlotsForExperts", () => {
  it("merges experts sorted by start, a shared start going to the expert first in the team's order", () => {
    const now = MONDAY;
    // In the team's order (the callers pass experts sorted by it), which is not the order of their ids.
    const experts = [
      { schedule: schedule({ expertId: 3, timeZone: NEW_YORK, horizonDays: 1 }), bookings: [] },
      { schedule: schedule({ expertId: 2, horizonDays: 1 }), bookings: [] },
      {
        schedule: schedule({ expertId: 1, horizonDays: 1 }),
        bookings: [{ start: utc("2027-04-05T07:00Z"), end: utc("2027-04-05T07:30Z") }],
      },
    ];
    const place = (expertId: number) => experts.findIndex((expert) => expert.schedule.expertId === expertId);
    const slots = listFreeSlotsForExperts(experts, now);
    expect(slots).toHaveLength(16 + 15 + 16);
    for (let i = 1; i < slots.length; i++) {
      const [a, b] = [slots[i - 1]!, slots[i]!];
      expect(a.start < b.start || (a.start === b.start && place(a.expertId) < place(b.expertId))).toBe(true);
    }
    expect(slots.slice(0, 3).map((s) => [iso(s.start), s.expertId])).toEqual([
      ["2027-04-05T07:00Z", 2],
      ["2027-04-05T07:30Z", 2],
      ["2027-04-05T07:30Z", 1],
    ]);
    expect(listFreeSlotsForExperts([], now)).toEqual([]);
  });
});

describe("nearestSlots", () => {
  const at = (h: number, expertId = 1): Slot => ({ expertId, start: h * HOUR, end: h * HOUR + 30 * MIN });
  const slots = [at(10), at(4), at(0), at(1), at(2), at(3)];

  it("returns the N nearest by absolute distance, sorted by start", () => {
    expect(nearestSlots(slots, 2.4 * HOUR, 3)).toEqual([at(1), at(2), at(3)]);
    expect(nearestSlots(slots, 9 * HOUR, 2)).toEqual([at(4), at(10)]);
  });

  it("breaks distance ties by earlier start, then expertId", () => {
    expect(nearestSlots(slots, 2.5 * HOUR, 1)).toEqual([at(2)]);
    expect(nearestSlots([at(5, 2), at(5, 1)], 5 * HOUR, 1)).toEqual([at(5, 1)]);
  });

  it("handles zero, excess counts and does not mutate input", () => {
    const copy = [...slots];
    expect(nearestSlots(slots, 0, 0)).toEqual([]);
    expect(nearestSlots(slots, 0, 100)).toEqual([at(0), at(1), at(2), at(3), at(4), at(10)]);
    expect(nearestSlots([], 0, 3)).toEqual([]);
    expect(slots).toEqual(copy);
  });
});

describe("groupSlotsByDay", () => {
  // New York expert, Monday 17:00–19:00 EDT = 23:00 CEST Monday … 01:00 CEST Tuesday.
  const nyEvening = schedule({ expertId: 7, timeZone: NEW_YORK, workingHours: hours(17, 19, [1]), horizonDays: 2 });
  const slots = listFreeSlots(nyEvening, [], utc("2027-04-05T04:00Z"));

  it("groups by the visitor's calendar day, not the expert's", () => {
    expect(slots).toHaveLength(4);
    expect(groupSlotsByDay(slots, NEW_YORK).map((g) => [g.day, g.label, g.slots.length])).toEqual([
      ["2027-04-05", "Monday, April 5", 4],
    ]);
    const warsaw = groupSlotsByDay(slots, WARSAW);
    expect(warsaw.map((g) => [g.day, g.label, localTimes(g.slots, WARSAW)])).toEqual([
      ["2027-04-05", "Monday, April 5", ["23:00", "23:30"]],
      ["2027-04-06", "Tuesday, April 6", ["00:00", "00:30"]], // Monday evening in New York
    ]);
  });

  it("orders days and slots even for unsorted input, and honours the locale", () => {
    const sunday = utc("2027-03-28T10:00Z");
    const input: Slot[] = [
      { expertId: 2, start: sunday + 24 * HOUR, end: sunday + 24 * HOUR + 30 * MIN },
      { expertId: 1, start: sunday, end: sunday + 30 * MIN },
    ];
    expect(groupSlotsByDay(input, WARSAW).map((g) => [g.day, g.label])).toEqual([
      ["2027-03-28", "Sunday, March 28"],
      ["2027-03-29", "Monday, March 29"],
    ]);
    expect(groupSlotsByDay(input, WARSAW, "de-DE")[0]!.label).toBe("Sonntag, 28. März");
    expect(groupSlotsByDay([], WARSAW)).toEqual([]);
  });
});

describe("formatting and zones", () => {
  const instant = utc("2027-03-29T07:30Z");

  it("formats a time in the given zone", () => {
    expect(formatTime(instant, WARSAW)).toBe("9:30 AM");
    expect(formatTime(instant, NEW_YORK)).toBe("3:30 AM");
    expect(formatTime(instant, WARSAW, "en-GB")).toBe("09:30");
  });

  it("formats date, time and zone", () => {
    expect(formatDateTime(instant, WARSAW)).toBe("Monday, March 29, 2027, 9:30 AM GMT+2");
    expect(formatDateTime(instant, NEW_YORK)).toBe("Monday, March 29, 2027, 3:30 AM EDT");
    expect(formatDateTime(utc("2027-01-04T15:00Z"), NEW_YORK)).toBe("Monday, January 4, 2027, 10:00 AM EST");
  });

  it("throws on an invalid zone instead of printing 'Invalid DateTime'", () => {
    expect(() => formatTime(instant, "Nowhere/City")).toThrow(RangeError);
    expect(() => groupSlotsByDay([{ expertId: 1, start: instant, end: instant }], "Nowhere/City")).toThrow(RangeError);
  });

  it("validates IANA zone names", () => {
    expect(isValidTimeZone(WARSAW)).toBe(true);
    expect(isValidTimeZone(NEW_YORK)).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("daylight saving time", () => {
  const allDay = (zone: string, expertId = 1) =>
    schedule({ expertId, timeZone: zone, workingHours: hours(9, 17, EVERY_DAY), horizonDays: 3 });
  /** All slots of an every-day 09:00–17:00 expert on one of their local days. */
  const dayOf = (zone: string, day: string, s = allDay(zone)) =>
    slotsOn(listFreeSlots(s, [], utc(`${day}T00:00Z`) - 24 * HOUR), zone, day);

  it.each([
    [WARSAW, "2027-03-27", "2027-03-27T08:00Z"], // CET
    [WARSAW, "2027-03-28", "2027-03-28T07:00Z"], // spring forward → CEST
    [WARSAW, "2027-10-30", "2027-10-30T07:00Z"], // CEST
    [WARSAW, "2027-10-31", "2027-10-31T08:00Z"], // fall back → CET
    [NEW_YORK, "2027-03-13", "2027-03-13T14:00Z"], // EST
    [NEW_YORK, "2027-03-14", "2027-03-14T13:00Z"], // spring forward → EDT
    [NEW_YORK, "2027-11-06", "2027-11-06T13:00Z"], // EDT
    [NEW_YORK, "2027-11-07", "2027-11-07T14:00Z"], // fall back → EST
  ])("%s %s: first slot is 09:00 local (%s) and the day has 16 slots", (zone, day, firstUtc) => {
    const slots = dayOf(zone, day);
    expect(slots).toHaveLength(16);
    expect(iso(slots[0]!.start)).toBe(firstUtc);
    expect(formatTime(slots[0]!.start, zone)).toBe("9:00 AM");
    expect(formatTime(slots.at(-1)!.start, zone)).toBe("4:30 PM");
    expect(slots.at(-1)!.start - slots[0]!.start).toBe(7.5 * HOUR);
    expect(new Set(starts(slots)).size).toBe(16);
  });

  it.each([
    ["2027-03-12", "3:00 PM", "3:00 AM"], // both on standard time: 6 h apart
    ["2027-03-15", "2:00 PM", "4:00 AM"], // US changed, Europe not: 5 h apart
    ["2027-03-29", "3:00 PM", "3:00 AM"], // both on summer time
    ["2027-11-01", "2:00 PM", "4:00 AM"], // Europe fell back, US not yet
    ["2027-11-08", "3:00 PM", "3:00 AM"], // both back on standard time
  ])("%s: NY 09:00 shows as %s in Warsaw, Warsaw 09:00 as %s in New York", (day, nyInWarsaw, warsawInNy) => {
    const ny = dayOf(NEW_YORK, day)[0]!;
    const pl = dayOf(WARSAW, day)[0]!;
    expect(formatTime(ny.start, WARSAW)).toBe(nyInWarsaw);
    expect(formatTime(pl.start, NEW_YORK)).toBe(warsawInNy);
    expect(groupSlotsByDay([ny], WARSAW)[0]!.day).toBe(day);
    expect(groupSlotsByDay([pl], NEW_YORK)[0]!.day).toBe(day);
  });

  it("shows the visitor's zone name in full date-times across the US-only window", () => {
    const ny = dayOf(NEW_YORK, "2027-03-15")[0]!;
    expect(iso(ny.start)).toBe("2027-03-15T13:00Z");
    expect(formatDateTime(ny.start, WARSAW)).toBe("Monday, March 15, 2027, 2:00 PM GMT+1");
    expect(formatDateTime(ny.start, NEW_YORK)).toBe("Monday, March 15, 2027, 9:00 AM EDT");
  });

  describe("night shift 01:00–04:00 local", () => {
    const night = (zone: string) => schedule({ timeZone: zone, workingHours: hours(1, 4, EVERY_DAY), horizonDays: 3 });

    it.each([
      [WARSAW, "2027-03-28", ["2027-03-28T00:00Z", "2027-03-28T00:30Z", "2027-03-28T01:00Z", "2027-03-28T01:30Z"]],
      [NEW_YORK, "2027-03-14", ["2027-03-14T06:00Z", "2027-03-14T06:30Z", "2027-03-14T07:00Z", "2027-03-14T07:30Z"]],
    ])("%s %s (spring forward): no slot in the missing hour", (zone, day, expected) => {
      const slots = dayOf(zone, day, night(zone));
      expect(starts(slots)).toEqual(expected);
      expect(localTimes(slots, zone)).toEqual(["01:00", "01:30", "03:00", "03:30"]);
    });

    it.each([
      [WARSAW, "2027-10-31", "2027-10-30T23:00Z"], // 02:00–02:59 happens twice
      [NEW_YORK, "2027-11-07", "2027-11-07T05:00Z"], // 01:00–01:59 happens twice
    ])("%s %s (fall back): four real hours, no duplicate instants", (zone, day, firstUtc) => {
      const slots = dayOf(zone, day, night(zone));
      expect(slots).toHaveLength(8);
      expect(new Set(starts(slots)).size).toBe(8);
      expect(iso(slots[0]!.start)).toBe(firstUtc);
      slots.forEach((s, i) => expect(s.start).toBe(slots[0]!.start + i * 30 * MIN));
    });

    it("isSlotFree agrees with listFreeSlots on all four DST nights", () => {
      for (const [zone, day] of [
        [WARSAW, "2027-03-28"],
        [WARSAW, "2027-10-31"],
        [NEW_YORK, "2027-03-14"],
        [NEW_YORK, "2027-11-07"],
      ] as const) {
        const now = utc(`${day}T00:00Z`) - 24 * HOUR;
        const listed = new Set(listFreeSlots(night(zone), [], now).map((s) => s.start));
        for (let t = utc(`${day}T00:00Z`) - 6 * HOUR; t < utc(`${day}T00:00Z`) + 12 * HOUR; t += 15 * MIN) {
          expect(isSlotFree(night(zone), [], t, now), `${zone} ${iso(t)}`).toBe(listed.has(t));
        }
      }
    }, 20_000);

    it("a range that lies entirely in the spring-forward gap yields nothing; one ending in it stops at the jump", () => {
      const gapOnly = schedule({ workingHours: hours(2, 3, [7]), horizonDays: 9 });
      const slots = listFreeSlots(gapOnly, [], utc("2027-03-27T00:00Z"));
      expect(slotsOn(slots, WARSAW, "2027-03-28")).toEqual([]);
      expect(localTimes(slotsOn(slots, WARSAW, "2027-04-04"), WARSAW)).toEqual(["02:00", "02:30"]);

      const endsInGap = schedule({ workingHours: [{ weekday: 7, startMinute: 60, endMinute: 150 }], horizonDays: 2 });
      const early = slotsOn(listFreeSlots(endsInGap, [], utc("2027-03-27T00:00Z")), WARSAW, "2027-03-28");
      expect(localTimes(early, WARSAW)).toEqual(["01:00", "01:30"]); // 03:00 CEST would end past 02:30 on the clock
    });
  });
});

describe("localDate", () => {
  it("names the calendar date an instant falls on in a zone, across midnight and DST", () => {
    const instant = Date.parse("2026-11-30T23:30:00Z");
    expect(localDate(instant, "UTC")).toBe("2026-11-30");
    expect(localDate(instant, "Europe/Berlin")).toBe("2026-12-01");
    expect(localDate(instant, "America/Los_Angeles")).toBe("2026-11-30");
    expect(localDate(Date.parse("2027-03-28T00:30:00Z"), "Europe/London")).toBe("2027-03-28");
  });
});
