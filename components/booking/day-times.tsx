import type { SlotDay } from "@/domain/slots";

/** Times before 8:00 or from 20:00 on, in the visitor's zone: offered, but set apart. */
const isDaytime = (hour: number) => hour >= 8 && hour < 20;

/** One day's free times as links, each naming its expert; early and late hours apart from the day's. */
export function DayTimes({ day }: { day: SlotDay }) {
  const daytime = day.slots.filter((slot) => isDaytime(slot.hour));
  const outside = day.slots.filter((slot) => !isDaytime(slot.hour));
  return (
    <div className="space-y-5">
      <TimeList title={`Free times on ${day.label}`} slots={daytime} />
      {outside.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold text-ink-muted">
            Early morning and evening (before 8:00 AM or after 8:00 PM)
          </h4>
          <div className="mt-2">
            <TimeList title={`Early and late times on ${day.label}`} slots={outside} />
          </div>
        </div>
      ) : null}
    </div>
  );
}

function TimeList({ title, slots }: { title: string; slots: SlotDay["slots"] }) {
  if (slots.length === 0) return null;
  return (
    <ul className="slot-times grid grid-cols-2 gap-2 sm:grid-cols-3" aria-label={title}>
      {slots.map((slot) => (
        <li key={slot.key}>
          {/* Named "9:00 AM with Anna Kowalczyk", which contains what it shows (WCAG 2.5.3, label in name). */}
          <a href={slot.href}>
            {slot.time}{" "}
            <span>
              <span className="sr-only">with </span>
              {slot.expertName}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
