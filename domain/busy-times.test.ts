import { describe, expect, it } from "vitest";
import { busyIntervals } from "./busy-times";

// What a server hands over as it was written; services/caldav.test.ts reads events through a real server (Radicale),
// which adds a VTIMEZONE to every TZID it knows: the cases here are the files it would not leave alone.
const vcalendar = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bedrock Talent//tests//EN", ...lines, "END:VCALENDAR"].join("\r\n");
const vevent = (...lines: string[]) => [
  "BEGIN:VEVENT",
  "UID:event-1",
  "DTSTAMP:20260101T000000Z",
  ...lines,
  "END:VEVENT",
];

const busy = (objects: string[], from: string, to: string, floatingZone = "UTC") =>
  busyIntervals(objects, { from: new Date(from), to: new Date(to), floatingZone }).map(({ start, end }) => [
    start.toISOString(),
    end.toISOString(),
  ]);

describe("busyIntervals", () => {
  it("reads a TZID without a VTIMEZONE as an IANA zone, a series keeping its wall-clock time across a change of offset", () => {
    const weekly = vcalendar(
      ...vevent(
        "DTSTART;TZID=America/New_York:20260302T090000",
        "DTEND;TZID=America/New_York:20260302T100000",
        "RRULE:FREQ=WEEKLY;COUNT=2",
      ),
    );
    // New York moves to summer time on 8 March 2026.
    expect(busy([weekly], "2026-03-01T00:00:00Z", "2026-03-15T00:00:00Z")).toEqual([
      ["2026-03-02T14:00:00.000Z", "2026-03-02T15:00:00.000Z"],
      ["2026-03-09T13:00:00.000Z", "2026-03-09T14:00:00.000Z"],
    ]);
  });

  it("reads a TZID that is no IANA name and has no VTIMEZONE in the owner's zone", () => {
    const event = vcalendar(
      ...vevent("DTSTART;TZID=Somewhere:20260702T100000", "DTEND;TZID=Somewhere:20260702T110000"),
    );
    expect(busy([event], "2026-07-01T00:00:00Z", "2026-07-03T00:00:00Z", "Europe/Berlin")).toEqual([
      ["2026-07-02T08:00:00.000Z", "2026-07-02T09:00:00.000Z"],
    ]);
  });

  it("takes an all-day event without an end as one day", () => {
    const event = vcalendar(...vevent("DTSTART;VALUE=DATE:20260702"));
    expect(busy([event], "2026-07-01T00:00:00Z", "2026-07-04T00:00:00Z", "America/New_York")).toEqual([
      ["2026-07-02T04:00:00.000Z", "2026-07-03T04:00:00.000Z"],
    ]);
  });

  it("counts an invitation to one occurrence of a series the owner does not have", () => {
    const occurrence = vcalendar(
      ...vevent("RECURRENCE-ID:20260706T090000Z", "DTSTART:20260706T100000Z", "DTEND:20260706T110000Z"),
    );
    expect(busy([occurrence], "2026-07-06T00:00:00Z", "2026-07-07T00:00:00Z")).toEqual([
      ["2026-07-06T10:00:00.000Z", "2026-07-06T11:00:00.000Z"],
    ]);
  });

  it("skips an unreadable object and still counts the others", () => {
    const good = vcalendar(...vevent("DTSTART:20260706T100000Z", "DTEND:20260706T110000Z"));
    expect(busy(["BEGIN:VCALENDAR\r\nnot iCalendar", good], "2026-07-06T00:00:00Z", "2026-07-07T00:00:00Z")).toEqual([
      ["2026-07-06T10:00:00.000Z", "2026-07-06T11:00:00.000Z"],
    ]);
  });

  it("stops expanding a series that never ends long before it holds a sync up", () => {
    const everySecond = vcalendar(...vevent("DTSTART:20200101T000000Z", "DURATION:PT1S", "RRULE:FREQ=SECONDLY"));
    const started = performance.now();
    busy([everySecond], "2026-07-06T00:00:00Z", "2026-07-07T00:00:00Z");
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
