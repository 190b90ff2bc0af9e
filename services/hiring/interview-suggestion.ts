import "server-only";
import { env } from "@/config/env";
import { transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { findSuggestionParties, type SuggestionNotice, saveSuggestedTimes } from "@/db/queries/interviews";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { meetableProposal } from "@/db/queries/shortlist-company";
import { lineTime } from "@/domain/activity-line";
import { newMeetingRoom } from "@/domain/meeting-link";
import { ok, type Result, refused } from "@/domain/result";

/** Why a suggestion is refused: the link or the proposal no longer allows it. */
export type SuggestionRefusal = "closed";

/**
 * The company suggests up to three times when the candidate's hours do not suit (or they shared none);
 * they replace any earlier suggestion (the candidate accepts one with acceptSuggestedTime), and the
 * candidate's email and both timelines are written in the same transaction. Without a link of the
 * company's, the times come with a video room of their own.
 */
export async function suggestInterviewTimes(
  tokenHash: string,
  proposalId: number,
  input: { times: number[]; meetingLink: string | null; companyTimeZone: string },
  email: (notice: SuggestionNotice) => NewEmail,
  now = Date.now(),
): Promise<Result<undefined, SuggestionRefusal>> {
  return transaction(async (tx) => {
    const target = await meetableProposal(tx, tokenHash, proposalId, new Date(now));
    if (!target) return refused("closed");
    const times = [...new Set(input.times)].sort((a, b) => a - b);
    await saveSuggestedTimes(tx, proposalId, {
      times,
      meetingLink: input.meetingLink ?? newMeetingRoom(env.MEETING_BASE_URL),
      timeZone: input.companyTimeZone,
    });
    const parties = await findSuggestionParties(tx, proposalId);
    if (!parties) return refused("closed");
    const said = `${parties.company} suggested ${times.length} interview time${times.length === 1 ? "" : "s"} to ${target.candidateName}: ${times.map((time) => lineTime(time)).join(", ")}`;
    await logActivity(tx, "request", target.requestId, said, "company");
    await logActivity(tx, "candidate", target.candidateId, said, "company");
    const candidate = {
      name: target.candidateName,
      email: parties.email,
      timeZone: parties.zone ?? input.companyTimeZone,
    };
    await enqueueEmail(email({ candidate, company: parties.company, times }), tx);
    return ok();
  });
}
