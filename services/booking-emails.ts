import { env } from "@/config/env";
import { absoluteUrl } from "@/config/site";
import type { BookingDetails } from "@/db/queries/bookings";
import type { NewEmail } from "@/db/queries/outbox";
import { buildIcs, type CalendarCall, googleCalendarUrl, meetingLocation, parseMailbox } from "@/domain/calendar";
import { formatDateTime } from "@/domain/slots";
import type { EmailMessage } from "@/emails/message";

export const manageUrl = (token: string) => absoluteUrl(`/book/manage/${token}`);

/** The call as calendars see it; `token` null for the expert's copy, which must not carry the visitor's manage link. */
export function calendarCall(booking: BookingDetails, token: string | null): CalendarCall {
  return {
    reference: booking.reference,
    sequence: booking.icsSequence,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    organizer: parseMailbox(env.MAIL_FROM),
    expert: { name: booking.expert.name, email: booking.expert.email },
    visitor: { name: booking.name, email: booking.email, company: booking.company },
    meetingLink: booking.meetingLink,
    manageUrl: token ? manageUrl(token) : null,
  };
}

const when = (booking: BookingDetails, zone: string) => formatDateTime(booking.startsAt.getTime(), zone);
const invite = (booking: BookingDetails, token: string | null) => [
  {
    filename: "discovery-call.ics",
    contentType: "text/calendar; charset=utf-8; method=REQUEST",
    content: buildIcs(calendarCall(booking, token)),
  },
];
/** Removes the call from calendars: same UID, the sequence already raised by the cancellation. */
const cancellation = (booking: BookingDetails) => [
  {
    filename: "discovery-call-cancelled.ics",
    contentType: "text/calendar; charset=utf-8; method=CANCEL",
    content: buildIcs(calendarCall(booking, null), "CANCEL"),
  },
];
const where = (booking: BookingDetails) => meetingLocation(booking);

function visitorMessage(booking: BookingDetails, token: string, opening: string): EmailMessage {
  return {
    preview: opening,
    greeting: `Hello ${booking.name},`,
    paragraphs: [opening],
    details: [
      { label: "When", value: `${when(booking, booking.visitorTimeZone)} (your time)` },
      { label: "With", value: `${booking.expert.name}, ${booking.expert.title}` },
      { label: "Where", value: where(booking) },
      { label: "Reference", value: booking.reference },
    ],
    action: { label: "Reschedule or cancel (up to 2 hours before the call)", href: manageUrl(token) },
    links: [{ label: "Add it to Google Calendar", href: googleCalendarUrl(calendarCall(booking, token)) }],
    footnotes: ["The calendar invitation is attached."],
  };
}

/**
 * The expert is the Talent Expert who, the visitor reads, "will send the link": without a meeting link
 * set, their own copy asks them to. A call that is no longer theirs needs none.
 */
function expertWhere(booking: BookingDetails, live: boolean) {
  if (booking.meetingLink) return [{ label: "Where", value: booking.meetingLink }];
  if (!live) return [];
  return [
    {
      label: "Where",
      value: `No meeting link is set for you, so please send one to ${booking.name} (${booking.email}) before the call: their email says you will`,
    },
  ];
}

function expertMessage(booking: BookingDetails, opening: string[], { live = true } = {}): EmailMessage {
  return {
    preview: opening[0] ?? "",
    paragraphs: opening,
    details: [
      { label: "When", value: `${when(booking, booking.expert.timeZone)} (your time)` },
      ...expertWhere(booking, live),
      { label: "Company", value: booking.company },
      { label: "Contact", value: `${booking.name} <${booking.email}>` },
      { label: "Hiring for", value: booking.hiringFor },
      {
        label: "Reference",
        value: `${booking.reference}${booking.contactRequestId ? ` (linked to contact request #${booking.contactRequestId})` : ""}`,
      },
    ],
  };
}

export function bookingConfirmedEmails(booking: BookingDetails, token: string): NewEmail[] {
  return [
    {
      kind: "booking-confirmation",
      to: booking.email,
      subject: `Your discovery call with ${booking.expert.name} is booked`,
      message: visitorMessage(
        booking,
        token,
        "Your 30-minute discovery call is booked. We look forward to hearing about your project.",
      ),
      attachments: invite(booking, token),
    },
    {
      kind: "booking-expert-notice",
      to: booking.expert.email,
      subject: `New discovery call: ${booking.company}`,
      message: expertMessage(booking, ["A discovery call was booked with you."]),
      attachments: invite(booking, null),
    },
  ];
}

/**
 * A move within one expert's calendar updates the call for both sides. A move to another expert is
 * a cancellation for the old expert and a new call for the new one; the visitor gets one update
 * that names the new expert.
 */
export function bookingRescheduledEmails(booking: BookingDetails, token: string, previous: BookingDetails): NewEmail[] {
  const previousWhen = formatDateTime(previous.startsAt.getTime(), booking.visitorTimeZone);
  const newExpert = booking.expert.id !== previous.expert.id;
  const opening = newExpert
    ? `Your discovery call has moved from ${previousWhen} with ${previous.expert.name} to the time below, with ${booking.expert.name}.`
    : `Your discovery call has moved from ${previousWhen} to the time below.`;
  const visitor: NewEmail = {
    kind: "booking-rescheduled",
    to: booking.email,
    subject: `Your discovery call moved to ${when(booking, booking.visitorTimeZone)}${newExpert ? ` with ${booking.expert.name}` : ""}`,
    message: visitorMessage(booking, token, opening),
    attachments: invite(booking, token),
  };
  if (!newExpert) {
    return [
      visitor,
      {
        kind: "booking-expert-notice",
        to: booking.expert.email,
        subject: `Discovery call moved: ${booking.company}`,
        message: expertMessage(booking, ["A discovery call was moved to a new time."]),
        attachments: invite(booking, null),
      },
    ];
  }
  return [
    visitor,
    {
      kind: "booking-expert-notice",
      to: previous.expert.email,
      subject: `Discovery call cancelled: ${booking.company}`,
      message: expertMessage(
        previous,
        [
          `The visitor moved this call to another Talent Expert (${booking.expert.name}); it is no longer yours. Please remove it from your calendar.`,
        ],
        { live: false },
      ),
      attachments: cancellation({ ...previous, icsSequence: booking.icsSequence }),
    },
    {
      kind: "booking-expert-notice",
      to: booking.expert.email,
      subject: `New discovery call: ${booking.company}`,
      message: expertMessage(booking, [`A discovery call was moved to you from ${previous.expert.name}.`]),
      attachments: invite(booking, null),
    },
  ];
}

/** Who cancelled decides whose reason the other side reads. */
export function bookingCancelledEmails(booking: BookingDetails, by: "visitor" | "staff"): NewEmail[] {
  const reason = booking.cancelReason?.trim();
  const opening = by === "staff" ? "We cancelled this discovery call." : "The visitor cancelled this discovery call.";
  const cancelled = `Your discovery call on ${when(booking, booking.visitorTimeZone)} (reference ${booking.reference}) is cancelled.`;
  return [
    {
      kind: "booking-cancelled",
      to: booking.email,
      subject: "Your discovery call is cancelled",
      message: {
        preview: cancelled,
        greeting: `Hello ${booking.name},`,
        paragraphs: [cancelled, ...(by === "staff" && reason ? [`The reason we gave: ${reason}`] : [])],
        action: { label: "Book a new call", href: absoluteUrl("/book") },
      },
      attachments: cancellation(booking),
    },
    {
      kind: "booking-expert-notice",
      to: booking.expert.email,
      subject: `Discovery call cancelled: ${booking.company}`,
      message: expertMessage(booking, reason ? [opening, `Reason: ${reason}`] : [opening], { live: false }),
      attachments: cancellation(booking),
    },
  ];
}

export function bookingReminderEmails(booking: BookingDetails): NewEmail[] {
  const key = `reminder:${booking.id}:${booking.startsAt.getTime()}`;
  const reminder = `A reminder of your 30-minute discovery call with ${booking.expert.name} on ${when(booking, booking.visitorTimeZone)} (your time).`;
  return [
    {
      kind: "booking-reminder",
      dedupeKey: `${key}:visitor`,
      to: booking.email,
      subject: `Reminder: discovery call ${when(booking, booking.visitorTimeZone)}`,
      message: {
        preview: reminder,
        greeting: `Hello ${booking.name},`,
        paragraphs: [reminder],
        details: [
          { label: "Where", value: where(booking) },
          { label: "Reference", value: booking.reference },
        ],
      },
    },
    {
      kind: "booking-reminder",
      dedupeKey: `${key}:expert`,
      to: booking.expert.email,
      subject: `Reminder: call with ${booking.company}`,
      message: expertMessage(booking, ["Reminder: you have a discovery call within 24 hours."]),
    },
  ];
}
