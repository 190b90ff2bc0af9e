import { type CalendarMonth, dayLabel } from "@/domain/month-grid";

const WEEKDAYS = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
] as const;

/**
 * Month calendars with the days that have free times as links (plain links: it works without
 * JavaScript, and the day's times load with the page). `counts` holds those days and how many
 * times each has; the selected day is marked for every reader (aria-current).
 */
export function BookingCalendar({
  months,
  counts,
  selected,
  hrefForDay,
}: {
  months: CalendarMonth[];
  counts: Map<string, number>;
  selected: string | undefined;
  hrefForDay: (day: string) => string;
}) {
  return (
    <div className="space-y-5">
      {months.map((month) => (
        <table key={month.key} className="calendar">
          <caption>{month.label}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map(([short, long]) => (
                <th key={short} scope="col">
                  <abbr title={long}>{short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {month.weeks.map((week) => (
              <tr key={week.find(Boolean) ?? month.key}>
                {week.map((day, index) => (
                  <td key={day ?? `${month.key}-${index}`}>
                    {day ? (
                      <CalendarDay
                        day={day}
                        count={counts.get(day) ?? 0}
                        selected={day === selected}
                        href={hrefForDay(day)}
                      />
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

function CalendarDay({ day, count, selected, href }: { day: string; count: number; selected: boolean; href: string }) {
  const number = Number(day.slice(8));
  if (count === 0) return <span>{number}</span>;
  return (
    <a
      href={href}
      // Spread, not `undefined`: the page's React payload would name the missing value on every day.
      {...(selected ? { "aria-current": "date" } : {})}
      aria-label={`${dayLabel(day)}, ${count} free ${count === 1 ? "time" : "times"}`}
    >
      {number}
    </a>
  );
}
