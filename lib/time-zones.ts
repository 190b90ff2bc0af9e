import { DateTime } from "luxon";
import { isValidTimeZone } from "./slots";

/** Every IANA zone the runtime knows, plus UTC, for the time-zone picker. */
export const timeZoneOptions: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];

/** The visitor's zone from a query parameter, or UTC when it is missing or not a real zone. */
export function parseTimeZone(value: unknown): string {
  return typeof value === "string" && value.length <= 64 && timeZoneOptions.includes(value) && isValidTimeZone(value) ? value : "UTC";
}

/**
 * The picker's zones, with `current` added when the runtime lists it under another name (its list
 * has e.g. "Asia/Calcutta" but not "Asia/Kolkata"), so saving a form never switches a zone silently.
 */
export function timeZoneChoices(current?: string): { value: string; label: string }[] {
  const zones = current && !timeZoneOptions.includes(current) ? [current, ...timeZoneOptions] : timeZoneOptions;
  return zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }));
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
export function parseLocalInput(value: string, timeZone: string): { ok: true; instant: number } | { ok: false; message: string } {
  const text = value.trim().slice(0, 16);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)) return { ok: false, message: "Enter a date and a time." };
  const local = DateTime.fromFormat(text, LOCAL_INPUT, { zone: timeZone });
  if (!local.isValid) return { ok: false, message: "Enter a real date and time." };
  if (local.toFormat(LOCAL_INPUT) !== text) return { ok: false, message: `${text.replace("T", " ")} does not exist in ${timeZone}: the clocks skip it.` };
  return { ok: true, instant: local.toMillis() };
}
