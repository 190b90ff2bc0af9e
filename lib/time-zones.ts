import { isValidTimeZone } from "./slots";

/** Every IANA zone the runtime knows, plus UTC, for the time-zone picker. */
export const timeZoneOptions: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];

/** The visitor's zone from a query parameter, or UTC when it is missing or not a real zone. */
export function parseTimeZone(value: unknown): string {
  return typeof value === "string" && value.length <= 64 && timeZoneOptions.includes(value) && isValidTimeZone(value) ? value : "UTC";
}
