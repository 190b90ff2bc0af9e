import { CallTimes } from "@/components/booking/call-times";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor } from "@/components/ui/text-link";
import type { BookingDetails } from "@/db/queries/bookings";
import { isMeetingUrl, NO_MEETING_LINK } from "@/domain/calendar";
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
      {booking.status === "confirmed" ? <MeetingPlace meetingLink={booking.expert.meetingLink} /> : null}
    </>
  );
}

/** The expert's video-call link, or their phone number to call, or that they will send a link. */
function MeetingPlace({ meetingLink }: { meetingLink: string | null }) {
  return (
    <p className="mt-4 text-ink-muted">
      Where:{" "}
      {!meetingLink ? (
        <span className="text-ink">{NO_MEETING_LINK}.</span>
      ) : isMeetingUrl(meetingLink) ? (
        <TextAnchor href={meetingLink} className="break-all" rel="noopener noreferrer">
          {meetingLink}
        </TextAnchor>
      ) : (
        <TextAnchor href={`tel:${meetingLink.replace(/[^+\d]/g, "")}`}>{meetingLink}</TextAnchor>
      )}
    </p>
  );
}
