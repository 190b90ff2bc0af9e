"use client";

import { useSyncExternalStore } from "react";

type Suggestion = { value: string; label: string };

/** "UTC+05:30" as the picker writes offsets, from the browser's own time-zone data (no library shipped). */
function offsetLabel(zone: string, at: Date) {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  return name === "GMT" ? "UTC" : name.replace("GMT", "UTC").replace("-", "−");
}

let cached: Suggestion[] | undefined;
/** Every zone the browser knows, as "Berlin (UTC+01:00)" with its IANA name as the value; once per page. */
function suggestions(): Suggestion[] {
  if (cached) return cached;
  const now = new Date();
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  cached = zones.map((zone) => {
    const place = zone.includes("/") ? zone.split("/").slice(1).join(" / ").replaceAll("_", " ") : zone;
    return { value: zone, label: `${place} (${offsetLabel(zone, now)})` };
  });
  return cached;
}

const NONE: Suggestion[] = [];
const subscribe = () => () => {};

/**
 * The zone field's suggestions, made in the browser after the page loads: the 400-odd zones with
 * their offsets cost the page nothing to send, and typing "berl" offers "Europe/Berlin". Without
 * JavaScript the field takes a typed name, which the server reads (domain/time-zones.ts).
 */
export function TimeZoneSuggestions({ id }: { id: string }) {
  const zones = useSyncExternalStore(subscribe, suggestions, () => NONE);
  return (
    <datalist id={id}>
      {zones.map((zone) => (
        <option key={zone.value} value={zone.value} label={zone.label} />
      ))}
    </datalist>
  );
}
