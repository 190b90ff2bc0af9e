import "server-only";
import { type Db, transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { findConfirmedInterviewById, type InterviewDetails, saveCancellation } from "@/db/queries/interviews";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { meetableProposal } from "@/db/queries/shortlist-company";
import { assertRole, type SessionUser } from "@/db/queries/users";
import { queueWebhookEvent } from "@/db/queries/webhooks";
import { lineTime } from "@/domain/activity-line";
import { ok, type Result, refused } from "@/domain/result";
import { interviewData } from "../webhook-events";
import { canChangeInterview } from "./interview-booking";

/** Why a cancellation is refused: the interview is not (or no longer) booked for this side, or starts within two hours. */
export type CancelRefusal = "missing" | "too-late";

type CancelResult = Result<{ interview: InterviewDetails }, CancelRefusal>;
type CancelledEmails = (interview: InterviewDetails) => NewEmail[];

/** Cancels a booked interview in the caller's transaction: the status, the raised sequence, both timelines and the emails. */
async function cancel(
  tx: Db,
  interview: InterviewDetails | null,
  by: "company" | "candidate",
  reason: string,
  emails: CancelledEmails,
  now: number,
): Promise<CancelResult> {
  if (!interview) return refused("missing");
  if (!canChangeInterview(interview, now)) return refused("too-late");
  const cancelled = await saveCancellation(tx, interview, { by, reason, now: new Date(now) });
  // The reason stays on the interview (the request shows it), so erasing the candidate takes it with it.
  const who = by === "company" ? `company (${interview.company})` : `candidate (${interview.candidate.name})`;
  const said = `Interview cancelled by the ${who}: ${lineTime(interview.startsAt)}`;
  const author = by === "company" ? "company" : interview.candidateId;
  await logActivity(tx, "request", interview.requestId, said, author);
  await logActivity(tx, "candidate", interview.candidateId, said, author);
  for (const email of emails(cancelled)) await enqueueEmail(email, tx);
  await queueWebhookEvent(tx, "interview.cancelled", { interview: { ...interviewData(cancelled), cancelledBy: by } });
  return ok({ interview: cancelled });
}

/** The company cancels an interview of its shortlist (the link must still work, and open the interview's proposal). */
export async function cancelInterviewAsCompany(
  tokenHash: string,
  interviewId: number,
  reason: string,
  emails: CancelledEmails,
  now = Date.now(),
): Promise<CancelResult> {
  return transaction(async (tx) => {
    const interview = await findConfirmedInterviewById(tx, interviewId);
    // The link opens one request: an interview of any other is missing to it.
    if (interview && !(await meetableProposal(tx, tokenHash, interview.proposalId, new Date(now))))
      return refused("missing");
    return cancel(tx, interview, "company", reason, emails, now);
  });
}

/** The candidate cancels one of their own interviews. */
export async function cancelOwnInterview(
  actor: SessionUser,
  interviewId: number,
  reason: string,
  emails: CancelledEmails,
  now = Date.now(),
): Promise<CancelResult> {
  assertRole(actor, "candidate");
  return transaction(async (tx) => {
    const interview = await findConfirmedInterviewById(tx, interviewId, actor.id);
    return cancel(tx, interview, "candidate", reason, emails, now);
  });
}
