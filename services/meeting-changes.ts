import "server-only";
import { consumeRateLimits, type Limit, releaseRateLimits } from "@/db/queries/rate-limits";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { clientIp } from "./request-ip";

/** What a meeting's changes are counted against: a discovery call (by its manage link) or a proposal's interview. */
export type Meeting = { call: string } | { interview: number };

export type MeetingChangeClaim =
  | { allowed: true; release: () => Promise<void> }
  | { allowed: false; retryAfterMs: number };

/**
 * Counts one change to a call or an interview (a move, a cancellation, new suggested times), each of
 * which emails the other side, against the meeting and the client address: one rule for every
 * surface that changes a meeting (RATE_LIMITS.meetingChanges). `release` gives the change back when
 * nothing changed after all (a refusal, or an interview's first booking, which is no change).
 */
export async function claimMeetingChange(meeting: Meeting): Promise<MeetingChangeClaim> {
  const key = "call" in meeting ? `call:${meeting.call}` : `interview:${meeting.interview}`;
  const limits: Limit[] = [
    { key: `meeting-change:${key}`, ...RATE_LIMITS.meetingChanges.perMeetingDay },
    { key: `meeting-change-ip:${await clientIp()}`, ...RATE_LIMITS.meetingChanges.perIpHour },
  ];
  const verdict = await consumeRateLimits(limits);
  if (!verdict.allowed) return { allowed: false, retryAfterMs: verdict.retryAfterMs };
  return { allowed: true, release: () => releaseRateLimits(limits) };
}
