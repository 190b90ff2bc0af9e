import { Suspense } from "react";
import { Label } from "@/components/ui/input";
import { TimeZoneDetector } from "./time-zone-detector";
import { TimeZoneSuggestions } from "./time-zone-suggestions";

/**
 * A GET form: works without JavaScript (the field takes a zone's name or its city); with it, the
 * browser's zone is picked automatically and the field suggests every zone with its UTC offset as
 * the visitor types. `unknown` is what the visitor typed when no zone goes by that name.
 */
export function TimeZoneForm({
  timeZone,
  hidden = {},
  unknown,
}: {
  timeZone: string;
  hidden?: Record<string, string>;
  unknown?: string;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <Label htmlFor="field-tz">Show times in</Label>
        {/* Keyed by the zone: after detection changes the address, the field shows the new zone, not the first one it rendered. */}
        <input
          key={timeZone}
          id="field-tz"
          name="tz"
          list="time-zones"
          defaultValue={timeZone}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={unknown ? "field-tz-error field-tz-hint" : "field-tz-hint"}
          aria-invalid={unknown ? true : undefined}
          className="mt-1.5 block w-72 max-w-full rounded-lg border border-line bg-white px-3 py-2.5 text-base"
        />
        <TimeZoneSuggestions id="time-zones" />
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-lg border border-line bg-white px-4 text-sm font-semibold hover:border-brand-600"
      >
        Update times
      </button>
      <p id="field-tz-hint" className="w-full text-sm text-ink-muted">
        A city or a time zone, e.g. Berlin, New York or Asia/Kolkata.
      </p>
      {unknown ? (
        <p id="field-tz-error" className="w-full text-sm font-medium text-danger-700">
          We know no time zone called “{unknown}”: the times below are in UTC.
        </p>
      ) : null}
      {/* Only the detector waits for the address (useSearchParams): the form itself is in the first HTML, so nothing shifts. */}
      <Suspense>
        <TimeZoneDetector />
      </Suspense>
    </form>
  );
}
