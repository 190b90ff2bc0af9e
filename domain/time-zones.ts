import { DateTime } from "luxon";
import { timeZoneLabel } from "./labels";
import { isValidTimeZone } from "./slots";
import { currentZoneName, listedZoneNames, renamedZones } from "./zone-names";

/** Every IANA zone the runtime knows, by its current name (see zone-names.ts), plus UTC, for the time-zone picker. */
export const timeZoneOptions: readonly string[] = listedZoneNames();

const listed = new Set(timeZoneOptions);
/** Every name a listed zone goes by, with the zone: its own, or an old one ("Asia/Calcutta" → "Asia/Kolkata"). */
const namesOfZones = [...timeZoneOptions.map((zone): [string, string] => [zone, zone]), ...renamedZones];
const knownByLowerCase = new Map(namesOfZones.map(([name, zone]) => [name.toLowerCase(), zone]));

/** Whether `zone` is on the picker's list, spelled as the list spells it. */
export const isListedTimeZone = (zone: string) => listed.has(zone);
/** "berlin" → "Europe/Berlin", "new_york" → "America/New_York", "kiev" → "Europe/Kyiv": a zone found by its city (the first listed wins). */
const byCity = new Map<string, string>();
for (const [name, zone] of namesOfZones) {
  const city = name.split("/").at(-1)?.toLowerCase();
  if (city && name.includes("/") && !byCity.has(city)) byCity.set(city, zone);
}

/** The zone a value names (an IANA name or alias in any case, or a city, spaces for underscores), if any. */
function zoneNamed(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const name = value.trim().replace(/\s+/g, "_");
  if (name.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  const zone = knownByLowerCase.get(name.toLowerCase()) ?? byCity.get(name.toLowerCase()) ?? name;
  return isValidTimeZone(zone) ? zone : undefined;
}

/**
 * The visitor's zone from a query parameter, or UTC when it is missing or not a real zone. Every IANA
 * name and alias is accepted, and a renamed zone comes back by its current name: Chromium says
 * "Asia/Calcutta" or "Europe/Kiev", and the visitor sees "Asia/Kolkata" or "Europe/Kyiv". A city typed
 * into the picker without JavaScript ("Berlin", "new york", "Kyiv" or "Kiev") finds its zone too.
 */
export function parseTimeZone(value: unknown): string {
  return zoneNamed(value) ?? "UTC";
}

/** What the visitor typed, when it names no zone (so the page can say times are in UTC instead), else undefined. */
export function unknownTimeZone(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "" || zoneNamed(value)) return undefined;
  return value.trim().slice(0, 64);
}

/**
 * The zone a page shows a visitor's times in, the same rule on every page: the zone they chose on
 * the page (`?tz=`), else the one their browser told us and we remember (its cookie), else the one we
 * know for them from before (the zone they booked a call in), else UTC.
 */
export function visitorTimeZone(chosen: unknown, detected: string | null, known: string | null = null): string {
  return zoneNamed(chosen) ?? detected ?? zoneNamed(known) ?? "UTC";
}

/**
 * The picker's zones, with `current` (by its current name, as the form's value must be too) added when
 * the runtime does not list it, so saving a form never switches a zone silently.
 */
export function timeZoneChoices(current?: string): { value: string; label: string }[] {
  const named = current && currentZoneName(current);
  const zones = named && !listed.has(named) ? [named, ...timeZoneOptions] : timeZoneOptions;
  return zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone) }));
}

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

/** "2027-01-15 09:30" on the wall clock of `timeZone`: sortable, and read as a date by spreadsheets. */
export function formatLocalDateTime(instant: number, timeZone: string): string {
  return DateTime.fromMillis(instant, { zone: timeZone }).toFormat("yyyy-MM-dd HH:mm");
}

/** An instant as a `datetime-local` input shows it, on the wall clock of `timeZone`. */
export function toLocalInput(instant: number, timeZone: string): string {
  return DateTime.fromMillis(instant, { zone: timeZone }).toFormat(LOCAL_INPUT);
}

/**
 * A `datetime-local` value ("2027-03-28T09:30") read on the wall clock of `timeZone`, as a UTC
 * instant. A time the clocks skip (spring forward) is refused rather than silently moved; in the
 * repeated hour of a fall-back, luxon takes the earlier of the two instants.
 */
export function parseLocalInput(
  value: string,
  timeZone: string,
): { ok: true; instant: number } | { ok: false; message: string } {
  const text = value.trim().slice(0, 16);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)) return { ok: false, message: "Enter a date and a time." };
  const local = DateTime.fromFormat(text, LOCAL_INPUT, { zone: timeZone });
  if (!local.isValid) return { ok: false, message: "Enter a real date and time." };
  if (local.toFormat(LOCAL_INPUT) !== text)
    return { ok: false, message: `${text.replace("T", " ")} does not exist in ${timeZone}: the clocks skip it.` };
  return { ok: true, instant: local.toMillis() };
}
