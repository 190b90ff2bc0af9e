import "server-only";
import { absoluteUrl } from "@/config/site";
import { listExpertCalls } from "@/db/queries/bookings";
import { type FeedOwner, openCalendarFeed, replaceCalendarFeed, revokeCalendarFeed } from "@/db/queries/calendar-feeds";
import { listCandidateInterviews } from "@/db/queries/interviews";
import type { SessionUser } from "@/db/queries/users";
import { buildIcsFeed, callEvent } from "@/domain/calendar";
import { type CalendarFeedIntent, webcalUrl } from "@/domain/calendar-feed";
import { createManageToken, hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { ok, type Result, refused } from "@/domain/result";
import { calendarCall } from "./booking-emails";
import { interviewEvent } from "./interview-emails";

/** How far back a feed reaches: the last month's meetings stay in the subscribed calendar. */
const FEED_PAST_MS = 30 * 24 * 60 * 60 * 1000;

/** Where the feed of `token` is served; calendars are given its webcal:// form. */
const calendarFeedPath = (token: string) => `/api/calendar/${token}.ics`;

export type CalendarFeedRefusal = "missing" | "busy" | "already-off";

/**
 * A new private link (any older one stops at once), returned as its webcal:// address, which is
 * never stored or shown again; or the feed turned off.
 */
export async function changeCalendarFeed(
  actor: SessionUser,
  owner: FeedOwner,
  intent: CalendarFeedIntent,
  now = new Date(),
): Promise<Result<{ url: string | null; replaced: boolean }, CalendarFeedRefusal>> {
  if (intent === "off")
    return (await revokeCalendarFeed(actor, owner, now)) ? ok({ url: null, replaced: true }) : refused("already-off");
  const token = createManageToken();
  const stored = await replaceCalendarFeed(actor, owner, hashManageToken(token), now);
  if (stored === null) return refused("missing");
  if (stored === "busy") return refused("busy");
  return ok({ url: webcalUrl(absoluteUrl(calendarFeedPath(token))), replaced: stored.replaced });
}

/**
 * The feed behind a link, as an iCalendar file: the owner's calls or interviews from a month ago on,
 * each the same event (UID, SEQUENCE) as its emailed invitation, a cancelled one as cancelled. The
 * expert's calls carry no manage link (it is the visitor's). Null for a malformed, unknown or revoked token.
 */
export async function calendarFeedFile(token: string, now = new Date()): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  const owner = await openCalendarFeed(hashManageToken(token), now);
  if (!owner) return null;
  const since = new Date(now.getTime() - FEED_PAST_MS);
  if ("expertId" in owner) {
    const calls = await listExpertCalls(owner.expertId, since);
    return buildIcsFeed(
      `Discovery calls: ${owner.name}`,
      calls.map((call) => ({ event: callEvent(calendarCall(call, null)), cancelled: call.status === "cancelled" })),
    );
  }
  const interviews = await listCandidateInterviews(owner.candidateId, since);
  return buildIcsFeed(
    "Interviews (Bedrock Talent)",
    interviews.map((interview) => ({ event: interviewEvent(interview), cancelled: interview.status === "cancelled" })),
  );
}
