import "server-only";
import { env } from "@/config/env";
import { transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { MANAGE_CUTOFF_MS } from "@/db/queries/bookings";
import {
  clearSuggestedTimes,
  findCandidateClash,
  findCandidateSchedule,
  findConfirmedInterview,
  findSuggestion,
  type InterviewDetails,
  isCandidateHourTaken,
  moveRequestToInterviewing,
  saveInterviewTime,
} from "@/db/queries/interviews";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { meetableProposal } from "@/db/queries/shortlist-company";
import { assertRole, type SessionUser } from "@/db/queries/users";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { lineTime } from "@/domain/activity-line";
import { INTERVIEW_RULES } from "@/domain/interviews";
import { newMeetingRoom } from "@/domain/meeting-link";
import { ok, type Result, refused } from "@/domain/result";
import { isSlotFree } from "@/domain/slots";
import { interviewData } from "../webhook-events";

/** The emails a booked or moved interview causes (`previous`: the time it had, when moved). */
type BookedEmails = (interview: InterviewDetails, previous: InterviewDetails | null) => NewEmail[];

/** Whether the interview can still be moved or cancelled online (as a discovery call: until two hours before). */
export const canChangeInterview = (interview: { status: string; startsAt: Date }, now: number) =>
  interview.status === "confirmed" && interview.startsAt.getTime() - now > MANAGE_CUTOFF_MS;

const endOf = (start: number) => start + INTERVIEW_RULES.callMinutes * 60_000;

/**
 * Why a company's booking is refused: the link or the proposal no longer allows it, the hour is not
 * (or no longer) free, the booked interview starts within two hours, or it is the booked time itself.
 */
export type BookingRefusal = "closed" | "taken" | "too-late" | "unchanged";

/**
 * The company books the interview in the candidate's free hours, or moves the one already booked on
 * the proposal (same event, raised sequence): the slot is checked again inside the transaction, and
 * the unique index on the candidate's start time is the last word, so two companies never get the
 * same hour of one candidate. The booked interview's own time is no move ("unchanged"): nothing is
 * written and nobody is emailed. Without a link of the company's, the interview gets its own video room. The request moves on to "interviewing"; both timelines and the
 * emails are written with it.
 */
export async function bookInterview(
  tokenHash: string,
  proposalId: number,
  input: { start: number; meetingLink: string | null; companyTimeZone: string },
  emails: BookedEmails,
  now = Date.now(),
): Promise<Result<{ interview: InterviewDetails; moved: boolean }, BookingRefusal>> {
  try {
    return await transaction(async (tx) => {
      const target = await meetableProposal(tx, tokenHash, proposalId, new Date(now));
      if (!target) return refused("closed");
      const previous = await findConfirmedInterview(tx, proposalId);
      if (previous && !canChangeInterview(previous, now)) return refused("too-late");
      if (previous?.startsAt.getTime() === input.start) return refused("unchanged");
      const loaded = await findCandidateSchedule(tx, target.candidateId, now, previous?.id);
      if (!loaded || !isSlotFree(loaded.schedule, loaded.busy, input.start, now)) return refused("taken");

      const time = {
        startsAt: new Date(input.start),
        endsAt: new Date(endOf(input.start)),
        meetingLink: input.meetingLink ?? newMeetingRoom(env.MEETING_BASE_URL),
        companyTimeZone: input.companyTimeZone,
      };
      const owner = { proposalId, candidateId: target.candidateId, requestId: target.requestId };
      const interview = await saveInterviewTime(tx, previous, time, owner, now);
      await moveRequestToInterviewing(tx, target.requestId, new Date(now));
      const said = `${previous ? "Interview moved" : "Interview booked"}: ${interview.company} with ${target.candidateName}, ${lineTime(time.startsAt)}`;
      await logActivity(tx, "request", target.requestId, said, "company");
      await logActivity(tx, "candidate", target.candidateId, said, "company");
      for (const email of emails(interview, previous)) await enqueueEmail(email, tx);
      await queueWebhookEvent(tx, previous ? "interview.moved" : "interview.booked", {
        interview: interviewData(interview),
      });
      return ok({ interview, moved: previous !== null });
    });
  } catch (error) {
    if (isCandidateHourTaken(error)) return refused("taken");
    throw error;
  }
}

/**
 * Why a candidate's acceptance is refused: the time is not (or no longer) suggested on their proposal,
 * or is too close; or another interview of theirs takes it.
 */
export type AcceptRefusal = "missing" | "taken";

/**
 * The candidate accepts one of the times the company suggested: it becomes the interview (or moves the
 * one booked), the suggestion is withdrawn, the request moves on to "interviewing", and both
 * timelines and the emails are written with it.
 */
export async function acceptSuggestedTime(
  actor: SessionUser,
  proposalId: number,
  start: number,
  emails: BookedEmails,
  now = Date.now(),
): Promise<Result<{ interview: InterviewDetails }, AcceptRefusal>> {
  assertRole(actor, "candidate");
  try {
    return await transaction(async (tx) => {
      const suggestion = await findSuggestion(tx, actor.id, proposalId);
      if (!suggestion?.meetingLink || !suggestion.times.includes(start) || start - now <= MANAGE_CUTOFF_MS)
        return refused("missing");
      const previous = await findConfirmedInterview(tx, proposalId);
      if (await findCandidateClash(tx, actor.id, { start, end: endOf(start) }, previous?.id)) return refused("taken");

      const time = {
        startsAt: new Date(start),
        endsAt: new Date(endOf(start)),
        meetingLink: suggestion.meetingLink,
        companyTimeZone: suggestion.timeZone ?? "UTC",
      };
      await clearSuggestedTimes(tx, proposalId);
      const owner = { proposalId, candidateId: actor.id, requestId: suggestion.requestId };
      const interview = await saveInterviewTime(tx, previous, time, owner, now);
      await moveRequestToInterviewing(tx, suggestion.requestId, new Date(now));
      const said = `${actor.name} accepted the time ${interview.company} suggested: ${lineTime(time.startsAt)}`;
      await logActivity(tx, "request", suggestion.requestId, said, actor.id);
      await logActivity(tx, "candidate", actor.id, said, actor.id);
      for (const email of emails(interview, previous)) await enqueueEmail(email, tx);
      await queueWebhookEvent(tx, previous ? "interview.moved" : "interview.booked", {
        interview: interviewData(interview),
      });
      return ok({ interview });
    });
  } catch (error) {
    if (isCandidateHourTaken(error)) return refused("taken");
    throw error;
  }
}
