import { buttonClasses } from "@/components/ui/button";
import type { BookingDetails } from "@/db/queries/bookings";
import { googleCalendarUrl, outlookCalendarUrl } from "@/domain/calendar";
import { calendarCall } from "@/services/booking-emails";

/** A confirmed call into the visitor's calendar: as an .ics file, or through Google's or Outlook.com's own page. */
export function AddToCalendar({ booking, token }: { booking: BookingDetails; token: string }) {
  return (
    <section aria-labelledby="calendar-title" className="mt-8">
      <h2 id="calendar-title" className="sr-only">
        Add to your calendar
      </h2>
      <div className="flex flex-wrap gap-3">
        <a href={`/api/bookings/${token}/ics`} className={buttonClasses("primary")}>
          Apple Calendar or Outlook desktop (.ics file)
        </a>
        <a
          href={googleCalendarUrl(calendarCall(booking, token))}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonClasses("secondary")}
        >
          Add to Google Calendar<span className="sr-only"> (opens in a new tab)</span>
        </a>
        <a
          href={outlookCalendarUrl(calendarCall(booking, token))}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonClasses("secondary")}
        >
          Add to Outlook.com<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
    </section>
  );
}
