import { Label } from "@/components/ui/input";
import { timeZoneGroups } from "@/domain/time-zones";
import { TimeZoneDetector } from "./time-zone-detector";

/**
 * A GET form: works without JavaScript; with it, the browser's zone is picked automatically. The zones
 * are grouped by region with their current UTC offset, and the one in use (the visitor's spelling) is selected.
 */
export function TimeZoneForm({
  timeZone,
  hidden = {},
  detected,
}: {
  timeZone: string;
  hidden?: Record<string, string>;
  detected: boolean;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <Label htmlFor="field-tz">Show times in</Label>
        {/* Keyed by the zone: after detection changes the address, the select shows the new zone, not the first one it rendered. */}
        <select
          key={timeZone}
          id="field-tz"
          name="tz"
          defaultValue={timeZone}
          className="mt-1.5 block w-72 max-w-full rounded-lg border border-line bg-white px-3 py-2.5 text-base"
        >
          <option value="UTC">UTC (Coordinated Universal Time)</option>
          {timeZoneGroups(timeZone).map((group) => (
            <optgroup key={group.region} label={group.region}>
              {group.zones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-lg border border-line bg-white px-4 text-sm font-semibold hover:border-brand-600"
      >
        Update times
      </button>
      {detected ? null : <TimeZoneDetector />}
    </form>
  );
}
