/**
 * Zones tzdata has renamed that ICU (Node 20, Chromium) still lists and reports by the old name, so
 * a browser in India says "Asia/Calcutta". Old name → current name, taken from tzdata's `backward`
 * file: its sections "Two-part names that were renamed mostly to three-part names in 1995" and
 * "Alternate names for the same location", and Pacific/Enderbury (the zone tzdata 2021b renamed
 * Pacific/Kanton), kept to the names `Intl.supportedValuesOf("timeZone")` lists. Its other links
 * fold one place into another's zone (Europe/Oslo → Europe/Berlin): no renames, so not here.
 * No imports: the browser's zone pickers read this too.
 */
export const renamedZones: ReadonlyMap<string, string> = new Map([
  ["Africa/Asmera", "Africa/Asmara"],
  ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
  ["America/Catamarca", "America/Argentina/Catamarca"],
  ["America/Cordoba", "America/Argentina/Cordoba"],
  ["America/Godthab", "America/Nuuk"],
  ["America/Indianapolis", "America/Indiana/Indianapolis"],
  ["America/Jujuy", "America/Argentina/Jujuy"],
  ["America/Louisville", "America/Kentucky/Louisville"],
  ["America/Mendoza", "America/Argentina/Mendoza"],
  ["Asia/Calcutta", "Asia/Kolkata"],
  ["Asia/Katmandu", "Asia/Kathmandu"],
  ["Asia/Rangoon", "Asia/Yangon"],
  ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
  ["Atlantic/Faeroe", "Atlantic/Faroe"],
  ["Europe/Kiev", "Europe/Kyiv"],
  ["Pacific/Enderbury", "Pacific/Kanton"],
  ["Pacific/Ponape", "Pacific/Pohnpei"],
  ["Pacific/Truk", "Pacific/Chuuk"],
]);

/** "Asia/Calcutta" → "Asia/Kolkata": a zone by the name tzdata gives it now; any other name as it is. */
export const currentZoneName = (zone: string) => renamedZones.get(zone) ?? zone;

/** The runtime's zones by their current names, sorted and each once, with UTC first: the pickers' list. */
export function listedZoneNames(): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone").map(currentZoneName));
  zones.delete("UTC");
  return ["UTC", ...[...zones].sort()];
}
