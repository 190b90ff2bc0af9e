import { createEvent, createEvents, type EventAttributes } from "ics";

export type CalendarCall = {
  reference: string;
  /** RFC 5545 SEQUENCE: bookings.ics_sequence, raised on every move and on cancellation. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  /** The site's sender (MAIL_FROM): it sends every update, so calendars accept them from one organizer. */
  organizer: { name: string; email: string };
  expert: { name: string; email: string };
  visitor: { name: string; email: string; company: string };
  /** The call's own video room, or the expert's fixed https link or phone number; null only for a call booked before rooms whose expert has none. */
  meetingLink: string | null;
  /** The visitor's manage link; null in the expert's copy (the link lets its holder cancel). */
  manageUrl: string | null;
};

export const NO_MEETING_LINK = "The Talent Expert will send the link before the call";
export const isMeetingUrl = (link: string) => link.startsWith("https://");
export const meetingLocation = (call: Pick<CalendarCall, "meetingLink">) => call.meetingLink ?? NO_MEETING_LINK;

/** "Bedrock Talent <talent@…>" or a bare address, as MAIL_FROM may be written. */
export function parseMailbox(mailbox: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailbox);
  if (match) return { name: match[1]?.trim() || "Bedrock Talent", email: (match[2] ?? "").trim() };
  return { name: "Bedrock Talent", email: mailbox.trim() };
}

/**
 * RFC 5545 TEXT (SUMMARY, DESCRIPTION): the ics package escapes \\ ; , and LF, but passes a lone CR
 * and other control characters through, which some readers take as a line break: a new property.
 */
export const icsText = (text: string) =>
  text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, " ");

/**
 * A quoted parameter value (CN): RFC 5545 has no escape inside quotes, so the package's `\"` ends the
 * quote and lets a name add parameters (`Eve";ROLE=CHAIR`). DQUOTE and control characters are dropped.
 */
export const icsParam = (text: string) =>
  text
    .replace(/["\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200) || "Guest";

const title = (call: CalendarCall) => `Discovery call: ${call.visitor.company} × ${call.expert.name}`;
const description = (call: CalendarCall) =>
  [
    `30-minute discovery call about your backend hiring needs with ${call.expert.name}, Talent Expert at Bedrock Talent.`,
    "",
    `Join: ${meetingLocation(call)}`,
    call.manageUrl ? `Reschedule or cancel: ${call.manageUrl}` : null,
    `Reference: ${call.reference}`,
  ]
    .filter((line) => line !== null)
    .join("\n");

/** One event as every calendar file of the site writes it; the first attendee is the host. */
export type CalendarEvent = {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  organizer: { name: string; email: string };
  attendees: [{ name: string; email: string }, ...{ name: string; email: string }[]];
  title: string;
  description: string;
  location: string;
  url: string | null;
};

/** What the invitation and the feed say alike of an event: its identity (UID, SEQUENCE), time, words and place. */
function eventAttributes(event: CalendarEvent, cancelled: boolean) {
  return {
    uid: event.uid,
    sequence: event.sequence,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    location: icsText(event.location),
    title: icsText(event.title),
    description: icsText(event.description),
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    ...(event.url ? { url: event.url } : {}),
  } satisfies EventAttributes;
}

/**
 * An iCalendar message with UTC times, the site as organizer and both sides as attendees. Every
 * message of one event has the same UID; a move is a REQUEST and a cancellation a CANCEL with a
 * higher SEQUENCE, so calendars update or remove the event they already hold.
 */
export function buildIcsEvent(event: CalendarEvent, method: "REQUEST" | "CANCEL" = "REQUEST"): string {
  const [host, ...guests] = event.attendees;
  const { error, value } = createEvent({
    ...eventAttributes(event, method === "CANCEL"),
    method,
    organizer: { name: icsParam(event.organizer.name), email: event.organizer.email },
    attendees: [
      { name: icsParam(host.name), email: host.email, rsvp: false, role: "CHAIR", partstat: "ACCEPTED" },
      ...guests.map((guest) => ({
        name: icsParam(guest.name),
        email: guest.email,
        rsvp: true,
        role: "REQ-PARTICIPANT" as const,
        partstat: "ACCEPTED" as const,
      })),
    ],
    productId: "bedrock-talent/booking",
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return value;
}

/** How often a subscribed calendar should fetch the feed again (RFC 7986; the package writes X-PUBLISHED-TTL:PT1H). */
const PUBLISHED_TTL = "X-PUBLISHED-TTL:PT1H\r\n";
const REFRESH_INTERVAL = "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n";

/**
 * A subscribed calendar (a webcal feed): the same events, UIDs and SEQUENCEs as the invitations, a
 * cancelled one as STATUS:CANCELLED so calendars drop it. METHOD:PUBLISH (nothing to answer) and
 * no organizer or attendees: the feed is read-only, and its link shows no one's email address.
 */
export function buildIcsFeed(name: string, events: { event: CalendarEvent; cancelled: boolean }[]): string {
  const { error, value } = createEvents(
    events.map(({ event, cancelled }) => eventAttributes(event, cancelled)),
    { productId: "bedrock-talent/feed", calName: icsText(name) },
  );
  if (error || !value) throw error ?? new Error("Could not build the calendar feed");
  return value.replace(PUBLISHED_TTL, PUBLISHED_TTL + REFRESH_INTERVAL);
}

/** A discovery call as an event: the expert hosts, the visitor attends; the link, else the manage page, as its URL. */
export function callEvent(call: CalendarCall): CalendarEvent {
  const link = call.meetingLink && isMeetingUrl(call.meetingLink) ? call.meetingLink : call.manageUrl;
  return {
    uid: `${call.reference}@bedrock-talent`,
    sequence: call.sequence,
    startsAt: call.startsAt,
    endsAt: call.endsAt,
    organizer: call.organizer,
    attendees: [call.expert, call.visitor],
    title: title(call),
    description: description(call),
    location: meetingLocation(call),
    url: link,
  };
}

/** A discovery call's calendar file. */
export function buildIcs(call: CalendarCall, method: "REQUEST" | "CANCEL" = "REQUEST"): string {
  return buildIcsEvent(callEvent(call), method);
}

const googleDate = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function googleCalendarUrl(call: CalendarCall): string {
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: title(call),
    dates: `${googleDate(call.startsAt)}/${googleDate(call.endsAt)}`,
    details: description(call),
    add: call.expert.email,
    location: meetingLocation(call),
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** Outlook on the web's compose deeplink (outlook.live.com; work accounts open it after signing in). */
export function outlookCalendarUrl(call: CalendarCall): string {
  const params = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: title(call),
    startdt: call.startsAt.toISOString(),
    enddt: call.endsAt.toISOString(),
    body: description(call),
    location: meetingLocation(call),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params.toString()}`;
}
