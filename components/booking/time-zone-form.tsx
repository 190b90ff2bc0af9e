import { TimeZoneDetector } from "./time-zone-detector";

/** A GET form: works without JavaScript; with it, the browser's zone is picked automatically. */
export function TimeZoneForm({ timeZone, options, hidden = {}, detected }: { timeZone: string; options: readonly string[]; hidden?: Record<string, string>; detected: boolean }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="field-tz" className="block text-sm font-semibold">
          Show times in
        </label>
        <select id="field-tz" name="tz" defaultValue={timeZone} className="mt-1.5 block w-72 max-w-full rounded-lg border border-line bg-white px-3 py-2.5 text-base">
          {options.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-lg border border-line bg-white px-4 text-sm font-semibold hover:border-brand-600">
        Update times
      </button>
      {detected ? null : <TimeZoneDetector />}
    </form>
  );
}
