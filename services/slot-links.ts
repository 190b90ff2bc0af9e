import type { OfferedSlot } from "@/db/queries/bookings";
import { formatTime, groupSlotsByDay, localDate, localHour, type SlotDay } from "@/domain/slots";

/** Slots grouped by the visitor's day, each with its link (booking or rescheduling). */
export function slotDays(slots: OfferedSlot[], timeZone: string, href: (slot: OfferedSlot) => string): SlotDay[] {
  const names = new Map(slots.map((slot) => [`${slot.expertId}:${slot.start}`, slot.expertName]));
  return groupSlotsByDay(slots, timeZone).map((day) => ({
    day: day.day,
    label: day.label,
    slots: day.slots.map((slot) => {
      const offered = { ...slot, expertName: names.get(`${slot.expertId}:${slot.start}`) ?? "" };
      return {
        key: `${slot.expertId}:${slot.start}`,
        time: formatTime(slot.start, timeZone),
        hour: localHour(slot.start, timeZone),
        href: href(offered),
        expertName: offered.expertName,
      };
    }),
  }));
}

/** How many free times each day has, in the visitor's zone, days in order ("2026-11-30" → 12). */
export function timesPerDay(slots: OfferedSlot[], timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const slot of [...slots].sort((a, b) => a.start - b.start)) {
    const day = localDate(slot.start, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/** One day's free times as links (only that day's are formatted: a page shows one day). */
export function slotsOnDay(
  slots: OfferedSlot[],
  timeZone: string,
  day: string,
  href: (slot: OfferedSlot) => string,
): SlotDay | undefined {
  return slotDays(
    slots.filter((slot) => localDate(slot.start, timeZone) === day),
    timeZone,
    href,
  )[0];
}

export const bookingHref = (slot: { expertId: number; start: number }, timeZone: string) =>
  `/book/details?${new URLSearchParams({ expert: String(slot.expertId), start: String(slot.start), tz: timeZone })}`;
