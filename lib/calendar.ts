import { createEvent } from "ics";

export type CalendarCall = {
  reference: string;
  startsAt: Date;
  endsAt: Date;
  expert: { name: string; email: string };
  visitor: { name: string; email: string; company: string };
  manageUrl: string;
};

/**
 * RFC 5545 TEXT (SUMMARY, DESCRIPTION): the ics package escapes \\ ; , and LF, but passes a lone CR
 * and other control characters through, which some readers take as a line break: a new property.
 */
export const icsText = (text: string) => text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, " ");

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
  `30-minute discovery call about your backend hiring needs with ${call.expert.name}, Talent Expert at Bedrock Talent.\n\nReschedule or cancel: ${call.manageUrl}\nReference: ${call.reference}`;

/** An iCalendar invitation with UTC times, the expert as organizer and the visitor as attendee. */
export function buildIcs(call: CalendarCall): string {
  const { error, value } = createEvent({
    uid: `${call.reference}@bedrock-talent`,
    method: "REQUEST",
    status: "CONFIRMED",
    title: icsText(title(call)),
    description: icsText(description(call)),
    start: call.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: call.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    url: call.manageUrl,
    organizer: { name: icsParam(call.expert.name), email: call.expert.email },
    attendees: [{ name: icsParam(call.visitor.name), email: call.visitor.email, rsvp: true, role: "REQ-PARTICIPANT", partstat: "ACCEPTED" }],
    productId: "bedrock-talent/booking",
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return value;
}

const googleDate = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export function googleCalendarUrl(call: CalendarCall): string {
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: title(call),
    dates: `${googleDate(call.startsAt)}/${googleDate(call.endsAt)}`,
    details: description(call),
    add: call.expert.email,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
