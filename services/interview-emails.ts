import { env } from "@/config/env";
import { absoluteUrl } from "@/config/site";
import type { InterviewDetails, SuggestionNotice } from "@/db/queries/interviews";
import type { NewEmail } from "@/db/queries/outbox";
import { buildIcsEvent, type CalendarEvent, isMeetingUrl, parseMailbox } from "@/domain/calendar";
import { formatDateTime } from "@/domain/slots";
import type { EmailMessage } from "@/emails/message";

/** The interview as calendars hold it: the company hosts (its meeting link), the candidate attends. */
export function interviewEvent(interview: InterviewDetails): CalendarEvent {
  return {
    uid: `${interview.reference}@bedrock-talent`,
    sequence: interview.icsSequence,
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    organizer: parseMailbox(env.MAIL_FROM),
    attendees: [interview.contact, { name: interview.candidate.name, email: interview.candidate.email }],
    title: `Interview: ${interview.candidate.name} × ${interview.company}`,
    description: [
      `Interview for the ${interview.role.toLowerCase()} role at ${interview.company}, arranged by Bedrock Talent.`,
      "",
      `Join: ${interview.meetingLink}`,
      `Reference: ${interview.reference}`,
    ].join("\n"),
    location: interview.meetingLink,
    url: isMeetingUrl(interview.meetingLink) ? interview.meetingLink : null,
  };
}

const calendarFile = (interview: InterviewDetails, method: "REQUEST" | "CANCEL") => [
  {
    filename: method === "CANCEL" ? "interview-cancelled.ics" : "interview.ics",
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: buildIcsEvent(interviewEvent(interview), method),
  },
];

const at = (interview: InterviewDetails, zone: string) =>
  `${formatDateTime(interview.startsAt.getTime(), zone)} (your time)`;

function details(interview: InterviewDetails, zone: string): EmailMessage["details"] {
  return [
    { label: "When", value: at(interview, zone) },
    { label: "Candidate", value: interview.candidate.name },
    { label: "Company", value: interview.company },
    { label: "Where", value: interview.meetingLink },
    { label: "Reference", value: interview.reference },
  ];
}

function managerNotice(interview: InterviewDetails, subject: string, opening: string): NewEmail[] {
  if (!interview.manager) return [];
  return [
    {
      kind: "interview-manager-notice",
      to: interview.manager.email,
      subject,
      message: {
        preview: opening,
        paragraphs: [opening],
        details: details(interview, "UTC"),
        action: { label: "Open the request", href: absoluteUrl(`/admin/requests/${interview.requestId}`) },
      },
    },
  ];
}

/** A new or moved interview: both sides get the calendar invitation, the manager a note. */
export function interviewBookedEmails(
  interview: InterviewDetails,
  previous: InterviewDetails | null,
  /** The company's shortlist link, to move or cancel there; null when the candidate chose the time (no token at hand). */
  shortlistLink: string | null,
): NewEmail[] {
  const moved = previous !== null;
  const verb = moved ? "moved" : "booked";
  return [
    {
      kind: `interview-${verb}`,
      to: interview.contact.email,
      subject: `Interview ${verb}: ${interview.candidate.name}, ${at(interview, interview.companyTimeZone)}`,
      message: {
        preview: `Your interview with ${interview.candidate.name} is ${verb}.`,
        greeting: `Hello ${interview.contact.name},`,
        paragraphs: [
          moved
            ? `Your interview with ${interview.candidate.name} has moved from ${at(previous, interview.companyTimeZone)} to the time below.`
            : `Your interview with ${interview.candidate.name} is booked. We have sent them the same invitation.`,
        ],
        details: details(interview, interview.companyTimeZone),
        ...(shortlistLink
          ? { action: { label: "Move or cancel it (up to 2 hours before)", href: shortlistLink } }
          : {}),
        footnotes: [
          shortlistLink
            ? "The calendar invitation is attached."
            : "The calendar invitation is attached. To move or cancel it, use the newest shortlist link from your talent manager.",
        ],
      },
      attachments: calendarFile(interview, "REQUEST"),
    },
    {
      kind: `interview-${verb}`,
      to: interview.candidate.email,
      subject: `Interview with ${interview.company}: ${at(interview, interview.candidate.timeZone)}`,
      message: {
        preview: `${interview.company} ${moved ? "moved" : "booked"} your interview.`,
        greeting: `Hello ${interview.candidate.name},`,
        paragraphs: [
          moved
            ? `${interview.company} moved your interview from ${at(previous, interview.candidate.timeZone)} to the time below.`
            : shortlistLink
              ? `${interview.company} booked an interview with you in the hours you shared. Good luck!`
              : `Your interview with ${interview.company} is booked at the time you accepted. Good luck!`,
        ],
        details: details(interview, interview.candidate.timeZone),
        action: {
          label: "See it in your account (cancel up to 2 hours before)",
          href: absoluteUrl("/account#interviews"),
        },
        footnotes: ["The calendar invitation is attached."],
      },
      attachments: calendarFile(interview, "REQUEST"),
    },
    ...managerNotice(
      interview,
      `Interview ${verb}: ${interview.company} × ${interview.candidate.name}`,
      `${interview.company} ${verb} an interview with ${interview.candidate.name}.`,
    ),
  ];
}

/** A cancelled interview: both sides get the cancellation for their calendars, with the reason when given. */
export function interviewCancelledEmails(interview: InterviewDetails): NewEmail[] {
  const who = interview.cancelledBy === "company" ? interview.company : interview.candidate.name;
  const why = interview.cancelReason ? [`In their words: “${interview.cancelReason}”`] : [];
  const message = (name: string, zone: string): EmailMessage => ({
    preview: `${who} cancelled the interview.`,
    greeting: `Hello ${name},`,
    paragraphs: [`${who} cancelled the interview of ${at(interview, zone)}.`, ...why],
    details: details(interview, zone),
    footnotes: ["The attached file removes the interview from your calendar."],
  });
  return [
    {
      kind: "interview-cancelled",
      to: interview.contact.email,
      subject: `Interview cancelled: ${interview.candidate.name}`,
      message: message(interview.contact.name, interview.companyTimeZone),
      attachments: calendarFile(interview, "CANCEL"),
    },
    {
      kind: "interview-cancelled",
      to: interview.candidate.email,
      subject: `Interview cancelled: ${interview.company}`,
      message: message(interview.candidate.name, interview.candidate.timeZone),
      attachments: calendarFile(interview, "CANCEL"),
    },
    ...managerNotice(
      interview,
      `Interview cancelled: ${interview.company} × ${interview.candidate.name}`,
      `${who} cancelled the interview.`,
    ),
  ];
}

/** To the candidate: the times the company suggests, each in the candidate's zone, to accept in their account. */
export function interviewTimesSuggestedEmail(notice: SuggestionNotice): NewEmail {
  return {
    kind: "interview-suggested",
    to: notice.candidate.email,
    subject: `${notice.company} suggests interview times`,
    message: {
      preview: `${notice.company} suggests ${notice.times.length === 1 ? "a time" : "times"} for your interview.`,
      greeting: `Hello ${notice.candidate.name},`,
      paragraphs: [
        `${notice.company} would like to interview you at one of these times (your time). Accept the one that suits you in your account, and you both get the calendar invitation.`,
      ],
      details: notice.times.map((time, index) => ({
        label: `Option ${index + 1}`,
        value: formatDateTime(time, notice.candidate.timeZone),
      })),
      action: { label: "Choose a time", href: absoluteUrl("/account#interviews") },
    },
  };
}
