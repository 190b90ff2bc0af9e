"use client";

import { useEffect, useState } from "react";
import { listedZoneNames } from "@/domain/zone-names";

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
/** Every zone the browser knows, as "Berlin (UTC+01:00)" with its current IANA name as the value; once per page. */
function suggestions(): Suggestion[] {
  if (cached) return cached;
  const now = new Date();
  cached = listedZoneNames().map((zone) => {
    const place = zone.includes("/") ? zone.split("/").slice(1).join(" / ").replaceAll("_", " ") : zone;
    return { value: zone, label: `${place} (${offsetLabel(zone, now)})` };
  });
  return cached;
}

const NONE: Suggestion[] = [];

/**
 * The zone field's suggestions, made in the browser when the field is first focused: the 400-odd
 * zones with their offsets cost the page nothing to send, nor its first seconds (formatting them
 * all takes about 150 ms on a slow phone), and typing "berl" offers "Europe/Berlin". Without
 * JavaScript the field takes a typed name, which the server reads (domain/time-zones.ts).
 */
export function TimeZoneSuggestions({ id }: { id: string }) {
  const [zones, setZones] = useState(NONE);
  useEffect(() => {
    const field = document.querySelector<HTMLInputElement>(`input[list="${id}"]`);
    const fill = () => setZones(suggestions());
    field?.addEventListener("focus", fill, { once: true });
    return () => field?.removeEventListener("focus", fill);
  }, [id]);
  return (
    <datalist id={id}>
      {zones.map((zone) => (
        <option key={zone.value} value={zone.value} label={zone.label} />
      ))}
    </datalist>
  );
}
