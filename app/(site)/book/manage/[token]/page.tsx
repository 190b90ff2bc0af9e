import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CallTimes } from "@/components/booking/call-times";
import { SlotList } from "@/components/booking/slot-list";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { FormAlert } from "@/components/ui/form-fields";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { canChangeOnline, getBookingByTokenHash, listMoveSlots } from "@/db/queries/bookings";
import { googleCalendarUrl, isMeetingUrl, NO_MEETING_LINK, outlookCalendarUrl } from "@/domain/calendar";
import { timeZoneLabel, visitorBookingStatusLabels } from "@/domain/labels";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { calendarCall } from "@/services/booking-emails";
import { slotDays } from "@/services/slot-links";

// The token in the URL is a secret: keep the page out of indexes and out of Referer headers.
export const metadata: Metadata = {
  title: "Your discovery call",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ManageBookingPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const query = await searchParams;
  if (!isWellFormedToken(token)) notFound();
  const booking = await getBookingByTokenHash(hashManageToken(token));
  if (!booking) notFound();

  const start = booking.startsAt.getTime();
  const changeable = canChangeOnline(booking);
  const timeZone = booking.visitorTimeZone;
  const slots = changeable
    ? await listMoveSlots({ id: booking.id, expertId: booking.expert.id, startsAt: booking.startsAt })
    : { own: [], others: [] };
  const meetingLink = booking.expert.meetingLink;
  const moveHref = (slot: { expertId: number; start: number }) =>
    `/book/manage/${token}/move?${new URLSearchParams({ expert: String(slot.expertId), start: String(slot.start), tz: timeZone })}`;

  return (
    <Container className="max-w-3xl py-14 sm:py-20">
      {query.booked ? (
        <FormAlert tone="success">
          Your call is booked. A confirmation email with a calendar invitation is on its way.
        </FormAlert>
      ) : null}
      {query.moved ? (
        <FormAlert tone="success">
          Your call has moved to the new time. We have emailed you an updated invitation.
        </FormAlert>
      ) : null}
      {query.cancelled ? (
        <FormAlert tone="success">Your call is cancelled. We have let your Talent Expert know.</FormAlert>
      ) : null}

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
          start={start}
          visitorTimeZone={timeZone}
          expertName={booking.expert.name}
          expertTimeZone={booking.expert.timeZone}
        />
      </div>

      {booking.status === "confirmed" ? (
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
      ) : null}

      {booking.status === "cancelled" ? (
        <p className="mt-6 text-sm text-ink-muted">
          Still in your calendar?{" "}
          <TextAnchor href={`/api/bookings/${token}/ics`}>Download the cancellation (.ics)</TextAnchor> and open it to
          remove the call.
        </p>
      ) : null}

      {booking.status === "confirmed" && !changeable ? (
        <p className="mt-8 rounded-lg bg-accent-100 p-4 text-sm text-accent-700">
          Calls can no longer be changed online less than 2 hours before they start. Please reply to your confirmation
          email if something has come up.
        </p>
      ) : null}

      {/* The actions come first and the free times stay folded until asked for: on a phone, three weeks of
          days pushed "Cancel this call" some 4,000 px down the page. */}
      {changeable ? (
        <section aria-labelledby="change-title" className="mt-8">
          <h2 id="change-title" className="sr-only">
            Change your call
          </h2>
          <details className="group">
            <summary
              className={buttonClasses(
                "secondary",
                "w-full cursor-pointer list-none justify-between gap-3 sm:w-auto [&::-webkit-details-marker]:hidden",
              )}
            >
              Move to another time
              <span aria-hidden="true" className="text-xl leading-none group-open:rotate-45">
                +
              </span>
            </summary>
            <section aria-labelledby="reschedule-title" className="mt-4">
              <h3 id="reschedule-title" className="sr-only">
                Reschedule
              </h3>
              <p className="text-sm text-ink-muted">
                Pick a new time ({timeZoneLabel(timeZone)}). You can change the call up to 2 hours before it starts.
              </p>
              <h4 className="mt-6 font-semibold">With {booking.expert.name}</h4>
              <div className="mt-3">
                <SlotList
                  days={slotDays(slots.own, timeZone, moveHref)}
                  showExpert
                  emptyText={`${booking.expert.name} has no other free times in the next three weeks.`}
                />
              </div>
              {slots.others.length > 0 ? (
                <>
                  <h4 className="mt-8 font-semibold">With another Talent Expert</h4>
                  <p className="mt-1 text-sm text-ink-muted">Times when {booking.expert.name} is not free.</p>
                  <div className="mt-3">
                    <SlotList days={slotDays(slots.others, timeZone, moveHref)} showExpert openFirst={false} />
                  </div>
                </>
              ) : null}
            </section>
          </details>
          <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
            <Link href={`/book/manage/${token}/cancel`} className={buttonClasses("danger")}>
              Cancel this call
            </Link>
            <p className="text-sm text-ink-muted">
              We will let {booking.expert.name} know. You can book again at any time.
            </p>
          </div>
        </section>
      ) : null}

      {booking.status === "confirmed" ? (
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
      ) : null}

      {booking.status === "cancelled" && booking.cancelReason ? (
        <p className="mt-6 text-sm text-ink-muted">
          Reason given: <span className="whitespace-pre-wrap text-ink">{booking.cancelReason}</span>
        </p>
      ) : null}

      {booking.status === "cancelled" ? (
        <TextLink href="/book" className="mt-8 inline-block">
          Book a new call
        </TextLink>
      ) : null}
    </Container>
  );
}
