import { DateTime } from "luxon";
import { timeZoneLabel } from "./labels";
import { isValidTimeZone } from "./slots";

/** Every IANA zone the runtime knows, plus UTC, for the time-zone picker. */
export const timeZoneOptions: readonly string[] = [
  "UTC",
  ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC"),
];

const knownByLowerCase = new Map(timeZoneOptions.map((zone) => [zone.toLowerCase(), zone]));

/**
 * The visitor's zone from a query parameter, or UTC when it is missing or not a real zone. Every IANA
 * name and alias is accepted and kept in the visitor's own spelling: the runtime lists "Asia/Calcutta"
 * and "Europe/Kiev", but a browser says "Asia/Kolkata" or "Europe/Kyiv", and that is what they see back.
 */
export function parseTimeZone(value: unknown): string {
  if (typeof value !== "string" || value.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return "UTC";
  const zone = knownByLowerCase.get(value.toLowerCase()) ?? value;
  return isValidTimeZone(zone) ? zone : "UTC";
}

/** A zone's offset from UTC at `at`, as people write it: "UTC+05:30", "UTC−08:00", "UTC". */
export function utcOffsetLabel(zone: string, at = Date.now()): string {
  const offset = DateTime.fromMillis(at, { zone }).toFormat("ZZ");
  return offset === "+00:00" ? "UTC" : `UTC${offset.replace("-", "−")}`;
}

/** A zone's city as a label: "America/Argentina/Buenos_Aires" → "Argentina / Buenos Aires". */
const placeName = (zone: string) => timeZoneLabel(zone.split("/").slice(1).join(" / ")) || zone;

export type TimeZoneGroup = { region: string; zones: { value: string; label: string }[] };

/**
 * The picker's zones grouped by region, each labelled with its current offset ("Kolkata (UTC+05:30)"),
 * sorted by name. `current` is added to its region when the runtime lists it under another name.
 */
export function timeZoneGroups(current: string, at = Date.now()): TimeZoneGroup[] {
  const groups = new Map<string, TimeZoneGroup["zones"]>();
  for (const zone of timeZoneOptions.includes(current) ? timeZoneOptions : [...timeZoneOptions, current]) {
    if (zone === "UTC") continue;
    const region = zone.includes("/") ? zone.split("/")[0]! : "Other";
    const list = groups.get(region) ?? [];
    list.push({ value: zone, label: `${placeName(zone)} (${offsetOf(zone, at)})` });
    groups.set(region, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "Other" ? 1 : b === "Other" ? -1 : a.localeCompare(b)))
    .map(([region, list]) => ({ region, zones: list.sort((a, b) => a.label.localeCompare(b.label)) }));
}

/**
 * Offsets and clock changes fall on quarter hours, and the picker is drawn on every /book request:
 * each zone's label is worked out once a quarter hour (about 5 ms for the 419 zones), not per request.
 */
const offsets = { quarter: NaN, labels: new Map<string, string>() };
function offsetOf(zone: string, at: number) {
  const quarter = Math.floor(at / 900_000);
  if (quarter !== offsets.quarter) {
    offsets.quarter = quarter;
    offsets.labels.clear();
  }
  let label = offsets.labels.get(zone);
  if (label === undefined) offsets.labels.set(zone, (label = utcOffsetLabel(zone, at)));
  return label;
}

/**
 * The picker's zones, with `current` added when the runtime lists it under another name (its list
 * has e.g. "Asia/Calcutta" but not "Asia/Kolkata"), so saving a form never switches a zone silently.
 */
export function timeZoneChoices(current?: string): { value: string; label: string }[] {
  const zones = current && !timeZoneOptions.includes(current) ? [current, ...timeZoneOptions] : timeZoneOptions;
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
