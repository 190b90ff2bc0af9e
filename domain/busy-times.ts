/**
 * The times a calendar says its owner is busy, read from its iCalendar objects (RFC 5545) with ical.js:
 * what services/caldav.ts fetches from a connected calendar goes through here. Only opaque events count
 * (TRANSP:TRANSPARENT and STATUS:CANCELLED are free time), recurring ones expanded with their exceptions
 * (EXDATE, RECURRENCE-ID overrides, moved or cancelled). A time is read in its TZID's zone (see instant());
 * a floating time and a DATE (an all-day event: the whole day) in the owner's.
 */
import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";

export type BusyInterval = { start: Date; end: Date };

type Window = { from: Date; to: Date; floatingZone: string };
type Span = { start: number; end: number };

/**
 * A series is expanded at most this far: a rule that never ends (FREQ=MINUTELY since 2001) must not hold a sync job,
 * and a daily event started 50 years ago still fits.
 */
const MAX_OCCURRENCES = 20_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant (ms) of an iCalendar time. A TZID that names an IANA zone is read in the tz database, as calendar apps
 * do: the VTIMEZONE a client or server wrote may be cut short or wrong (one that Radicale writes puts Kolkata at
 * UTC+5); another name (Outlook's "Eastern Standard Time") is read in the object's VTIMEZONE; a DATE, a floating
 * time or a TZID that is neither is read in the owner's zone.
 */
function instant(time: ICAL.Time, tzid: string | undefined, floatingZone: string): number {
  const { year, month, day } = time;
  if (time.isDate) return DateTime.fromObject({ year, month, day }, { zone: floatingZone }).toMillis();
  // ical.js resolves a TZID only through a VTIMEZONE of the same object (zone.component), and UTC itself.
  if (time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000;
  const wallClock = { year, month, day, hour: time.hour, minute: time.minute, second: time.second };
  if (tzid && IANAZone.isValidZone(tzid)) return DateTime.fromObject(wallClock, { zone: tzid }).toMillis();
  if (time.zone?.component) return time.toUnixTime() * 1000;
  return DateTime.fromObject(wallClock, { zone: floatingZone }).toMillis();
}

const tzidOf = (event: ICAL.Component, property: "dtstart" | "dtend") => {
  const tzid = event.getFirstProperty(property)?.getParameter("tzid");
  return typeof tzid === "string" ? tzid : undefined;
};

/** Whether an event (or one changed occurrence) takes the owner's time. */
function blocks(event: ICAL.Component) {
  const transparency = event.getFirstPropertyValue("transp");
  const status = event.getFirstPropertyValue("status");
  return (
    String(transparency ?? "OPAQUE").toUpperCase() !== "TRANSPARENT" &&
    String(status ?? "").toUpperCase() !== "CANCELLED"
  );
}

/** An event's own start and end (a one-off, or one changed occurrence of a series). */
function ownSpan(component: ICAL.Component, floatingZone: string): Span {
  const event = new ICAL.Event(component);
  const startZone = tzidOf(component, "dtstart");
  return {
    start: instant(event.startDate, startZone, floatingZone),
    end: instant(event.endDate, tzidOf(component, "dtend") ?? startZone, floatingZone),
  };
}

/** The occurrences of a series, as they were planned (a changed one is the exceptions' to give). */
function* plannedOccurrences(master: ICAL.Component, event: ICAL.Event, { from, to, floatingZone }: Window) {
  const zone = tzidOf(master, "dtstart");
  // Occurrences that ended well before the window are passed over without working out their zone: read as UTC
  // here, a wall-clock time is off by less than the two days' margin.
  const passOver = from.getTime() - event.duration.toSeconds() * 1000 - 2 * DAY_MS;
  const iterator = event.iterator();
  for (let count = 0; count < MAX_OCCURRENCES; count++) {
    let next: ICAL.Time | null;
    try {
      next = iterator.next();
    } catch {
      return; // ical.js gives up on a rule no date can fulfil
    }
    if (!next) return;
    if (next.toUnixTime() * 1000 < passOver) continue;
    const details = event.getOccurrenceDetails(next);
    // ical.js names the series itself as the item of an unchanged occurrence.
    const changed = details.item === event ? undefined : details.item;
    // An occurrence changed on its own (RECURRENCE-ID of exactly this one) comes from its exception.
    if (changed && changed.recurrenceId.compare(next) === 0) continue;
    // A RANGE=THISANDFUTURE change shifts the occurrences after it: they carry its times and its properties.
    const component = changed?.component ?? master;
    const startZone = changed ? tzidOf(component, "dtstart") : zone;
    const start = instant(details.startDate, startZone, floatingZone);
    if (start >= to.getTime() && instant(next, zone, floatingZone) >= to.getTime()) return;
    if (blocks(component))
      yield {
        start,
        end: instant(details.endDate, changed ? (tzidOf(component, "dtend") ?? startZone) : zone, floatingZone),
      };
  }
}

function* eventSpans(events: ICAL.Component[], window: Window): Generator<Span> {
  const master = events.find((event) => !event.hasProperty("recurrence-id"));
  const exceptions = events.filter((event) => event !== master && event.hasProperty("recurrence-id"));
  if (master) {
    const event = new ICAL.Event(master);
    for (const exception of exceptions) event.relateException(exception);
    yield* plannedOccurrences(master, event, window);
  }
  // The changed occurrences, wherever they moved (also an invitation to one occurrence only, with no series).
  for (const exception of exceptions) if (blocks(exception)) yield ownSpan(exception, window.floatingZone);
}

/** The events of one calendar object (one UID, with its changed occurrences); an unreadable object has none. */
function objectSpans(text: string, window: Window): Span[] {
  let calendar: ICAL.Component;
  try {
    calendar = ICAL.Component.fromString(text);
  } catch {
    // One broken event (a client's malformed file) must not stop the calendar's other events from counting.
    return [];
  }
  const byUid = new Map<string, ICAL.Component[]>();
  for (const event of calendar.getAllSubcomponents("vevent")) {
    const uid = String(event.getFirstPropertyValue("uid") ?? "");
    byUid.set(uid, [...(byUid.get(uid) ?? []), event]);
  }
  const spans: Span[] = [];
  for (const events of byUid.values()) {
    try {
      spans.push(...eventSpans(events, window));
    } catch {
      // as above: an event ical.js cannot read (no DTSTART, a broken rule) is skipped, not the calendar
    }
  }
  return spans;
}

/**
 * The busy times of `objects` (iCalendar texts, one calendar object each) between `from` and `to`, cut to that window,
 * sorted and merged (overlapping or touching times become one). `floatingZone` is the owner's IANA zone.
 */
export function busyIntervals(objects: string[], window: Window): BusyInterval[] {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const spans = objects
    .flatMap((text) => objectSpans(text, window))
    .filter((span) => span.end > span.start && span.end > from && span.start < to)
    .map((span) => ({ start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map(({ start, end }) => ({ start: new Date(start), end: new Date(end) }));
}
