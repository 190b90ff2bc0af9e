import type { WebhookEvent } from "./vocabulary";

/**
 * What each webhook event carries: ids, references, states and times — the least a company's other
 * systems need to act on the event and fetch the rest from us. No names, email addresses, phone
 * numbers, CVs or free text of the people involved: a delivered webhook is out of our reach, and
 * erasing an account later cannot take it back (the privacy page says so).
 */
export type WebhookData = {
  "request.created": { request: RequestRef & { role: string; seniority: string; developers: number; source: string } };
  "call.booked": { call: CallRef };
  "call.moved": { call: CallRef };
  "call.cancelled": { call: CallRef & { cancelledBy: "visitor" | "staff" } };
  "candidate.submitted": { candidate: { id: number } };
  "candidate.stage_changed": { candidate: { id: number; from: string; to: string } };
  "proposal.answered": { proposal: ProposalRef & { answer: string } };
  "shortlist.answered": { proposal: ProposalRef & { answer: string } };
  "interview.booked": { interview: InterviewRef };
  "interview.moved": { interview: InterviewRef };
  "interview.cancelled": { interview: InterviewRef & { cancelledBy: string } };
  "hire.made": { hire: { proposalId: number; candidateId: number; request: RequestRef } };
};

type RequestRef = { id: number; reference: string; company: string };
type CallRef = {
  id: number;
  reference: string;
  startsAt: string;
  endsAt: string;
  requestId: number | null;
  company: string;
  expert: { id: number; name: string };
};
type ProposalRef = { id: number; requestId: number; candidateId: number };
type InterviewRef = {
  id: number;
  reference: string;
  proposalId: number;
  requestId: number;
  candidateId: number;
  startsAt: string;
  endsAt: string;
};

/** The payload's shape; a breaking change to it raises the version (the body carries it, and the docs list both). */
export const WEBHOOK_PAYLOAD_VERSION = 1;

/** The body of one event, as the Standard Webhooks specification lays it out (type, timestamp, data). */
export function webhookBody<Event extends WebhookEvent>(type: Event, data: WebhookData[Event], at: Date) {
  return JSON.stringify({ type, version: WEBHOOK_PAYLOAD_VERSION, timestamp: at.toISOString(), data });
}

export const webhookEventLabels: Record<WebhookEvent, string> = {
  "request.created": "A contact request is created",
  "call.booked": "A discovery call is booked",
  "call.moved": "A discovery call is moved",
  "call.cancelled": "A discovery call is cancelled",
  "candidate.submitted": "A candidate submits their profile",
  "candidate.stage_changed": "A candidate's stage changes",
  "proposal.answered": "A candidate answers a proposal",
  "shortlist.answered": "A company answers on a shortlisted candidate",
  "interview.booked": "An interview is booked",
  "interview.moved": "An interview is moved",
  "interview.cancelled": "An interview is cancelled",
  "hire.made": "A hire is made",
};

/**
 * Attempts a delivery has: with the queue's back-off (e¹…e¹⁰ seconds, then e¹⁰ — about 6 h — apart)
 * about 28 hours of trying, so an endpoint down over a night still gets every event.
 */
export const WEBHOOK_ATTEMPTS = 14;

/** An endpoint that has answered no delivery for this long is switched off, and the admin who added it told. */
export const SWITCH_OFF_AFTER_MS = 5 * 24 * 60 * 60 * 1000;

/** Whether an endpoint failing since `failingSince` has failed long enough to be switched off. */
export const failedTooLong = (failingSince: Date | null, now: Date) =>
  failingSince !== null && now.getTime() - failingSince.getTime() >= SWITCH_OFF_AFTER_MS;

/** How long one delivery may take, connection to last byte, before it counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** What the delivery log keeps of an endpoint's answer: its first 500 characters, control characters as spaces. */
export const responseExcerpt = (body: string) =>
  body
    .slice(0, 500)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ");

/**
 * Why an endpoint address is refused, or null: https only, except plain http to this machine (a
 * receiver a developer runs beside the site); no user name or password in it.
 */
export function endpointUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter the endpoint's full address, like https://hooks.example.com/bedrock.";
  }
  if (url.username || url.password) return "Leave the user name and password out of the address.";
  if (url.protocol === "https:") return null;
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol === "http:" && loopback) return null;
  return "The address must start with https:// (plain http only for localhost).";
}
