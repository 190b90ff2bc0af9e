import { isListedTimeZone, parseTimeZone, unknownTimeZone } from "./time-zones";

/** How many days ahead a day's page is cached; a day further out is rendered per request. */
const CACHED_DAYS_AHEAD = 35;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isIsoDay = (value: string) => ISO_DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * Where `/book?tz=…&day=…` is rendered. A zone of the picker's list (its own spelling, which the
 * city, lower-case and old forms resolve to) with no day or a day in the next five weeks is a cached
 * page, /book/in/<zone>/<day|first>: those few thousand addresses are all the cache can ever hold.
 * Anything else (an alias off the list such as "US/Eastern", a name that is no zone, a day far off)
 * goes to /book/live, rendered per request, so a made-up address never adds a page to the cache.
 */
export function bookingPagePath(params: URLSearchParams, now: number): string {
  const typed = params.get("tz");
  const day = params.get("day") ?? "";
  const zone = parseTimeZone(typed);
  const live = `/book/live?${params}`;
  if (unknownTimeZone(typed) || !isListedTimeZone(zone)) return live;
  if (day === "" || !isIsoDay(day)) return `/book/in/${encodeURIComponent(zone)}/first`;
  const offset = (Date.parse(`${day}T00:00:00Z`) - now) / DAY_MS;
  if (offset < -2 || offset > CACHED_DAYS_AHEAD) return live;
  return `/book/in/${encodeURIComponent(zone)}/${day}`;
}

/** Whether a cached page's address is one `bookingPagePath` gives (so the page can refuse any other). */
export const isCachedBookingPage = (zone: string, day: string) =>
  isListedTimeZone(zone) && (day === "first" || isIsoDay(day));
