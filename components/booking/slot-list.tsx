import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { SlotDay } from "@/domain/slots";

/** `showExpert` writes each time's expert under it (where times of several experts are offered side by side). */
export function SlotList({
  days,
  showExpert = false,
  openFirst = true,
  emptyText,
}: {
  days: SlotDay[];
  showExpert?: boolean;
  openFirst?: boolean;
  emptyText?: string;
}) {
  if (days.length === 0) {
    return (
      <p className="rounded-lg bg-surface-muted p-5 text-ink-muted">
        {emptyText ?? "No free times in the next three weeks. Please send us a contact request instead."}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {days.map((day, index) => (
        <details key={day.day} open={openFirst && index === 0} className={cn(cardClasses, "group p-0")}>
          <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between px-5 py-3 font-semibold [&::-webkit-details-marker]:hidden">
            <span>{day.label}</span>
            <span className="text-sm font-normal text-ink-muted">{day.slots.length} times</span>
          </summary>
          <ul
            className="slot-times grid grid-cols-2 gap-2 px-5 pb-5 sm:grid-cols-4 lg:grid-cols-6"
            aria-label={`Free times on ${day.label}`}
          >
            {day.slots.map((slot) => (
              <li key={slot.key}>
                {/* Hundreds of these per page: a plain link (next/link would hydrate each and prefetch every visible, dynamic
                    target) named by aria-label rather than a hidden span, which halves the page's DOM. */}
                <a href={slot.href} aria-label={`${slot.time} with ${slot.expertName}`}>
                  {slot.time}
                  {showExpert ? <span>with {slot.expertName}</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
