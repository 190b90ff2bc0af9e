import { CallTimes } from "@/components/booking/call-times";
import { MeetingLink } from "@/components/booking/meeting-link";
import { PageTitle } from "@/components/ui/page-title";
import type { BookingDetails } from "@/db/queries/bookings";
import { NO_MEETING_LINK } from "@/domain/calendar";
import { visitorBookingStatusLabels } from "@/domain/labels";

/** The call's reference and status, with whom and for which company, its time in both zones; once confirmed, where. */
export function CallSummary({ booking }: { booking: BookingDetails }) {
  return (
    <>
      <PageTitle className="mt-6">Your discovery call</PageTitle>
      <p className="mt-3 text-ink-muted">
        Reference <strong className="font-mono text-ink">{booking.reference}</strong> · Status{" "}
        <strong className="text-ink">{visitorBookingStatusLabels[booking.status]}</strong>
      </p>
      <p className="mt-2 text-ink-muted">
        30 minutes with {booking.expert.name}, {booking.expert.title}, for {booking.company}.
      </p>
      <div className="mt-6">
        <CallTimes
          start={booking.startsAt.getTime()}
          visitorTimeZone={booking.visitorTimeZone}
          expertName={booking.expert.name}
          expertTimeZone={booking.expert.timeZone}
        />
      </div>
      {booking.status === "confirmed" ? <MeetingPlace meetingLink={booking.meetingLink} /> : null}
    </>
  );
}

/** The call's video room, the expert's own link or phone number, or (a call booked before rooms) that they will send a link. */
function MeetingPlace({ meetingLink }: { meetingLink: string | null }) {
  return (
    <p className="mt-4 text-ink-muted">
      Where: {meetingLink ? <MeetingLink link={meetingLink} /> : <span className="text-ink">{NO_MEETING_LINK}.</span>}
    </p>
  );
}
