import "server-only";
import { transaction } from "@/db";
import { logActivity } from "@/db/queries/admin/notes";
import { upcomingCallsOf } from "@/db/queries/bookings";
import {
  consumeFormToken,
  findOpenRequest,
  insertContactRequest,
  type NewContactRequestInput,
} from "@/db/queries/contact-requests";
import { appendRequestMessage, findListedCandidate } from "@/db/queries/directory";
import { enqueueEmail, type NewEmail } from "@/db/queries/outbox";
import { insertProposal } from "@/db/queries/shortlists";
import { publicName } from "@/domain/directory";
import { ok, type Result, refused } from "@/domain/result";
import { initialsOf } from "@/domain/shortlist";

/**
 * Why an ask is refused, with nothing stored: the form's token was already used (the first post
 * reached us), or the profile left the directory meanwhile.
 */
export type InterviewAskRefusal = "replayed" | "gone";

/**
 * A company asks to interview a listed developer: a contact request (the form's token used up with
 * it, as on /contact) with the developer already proposed on it, on both timelines, the company's
 * receipt and the developer's "a role for you" email queued — one transaction. `joined`: the ask
 * joined the company's open request instead of starting one.
 */
export async function askToInterview(
  publicId: string,
  input: NewContactRequestInput,
  formToken: { tokenHash: string; expiresAt: Date },
  emails: {
    /** `developer` is their name as the directory shows it; `upcomingCall`, whether the address has a call to come. */
    receipt: (ask: { reference: string; developer: string; upcomingCall: boolean }) => NewEmail;
    candidate: (candidate: { name: string; email: string }) => NewEmail;
  },
  now = new Date(),
): Promise<Result<{ reference: string; joined: boolean }, InterviewAskRefusal>> {
  return transaction(async (tx) => {
    const candidate = await findListedCandidate(tx, publicId);
    if (!candidate) return refused("gone");
    if (!(await consumeFormToken(tx, formToken))) return refused("replayed");
    // A company already being worked with joins its open request, as its calls do: one thread, one
    // reference, one funnel. Its words are added to the request's message (which the retention
    // schedule anonymises with the request), after what it said first.
    const emailNormalized = input.email.toLowerCase();
    const open = await findOpenRequest(tx, emailNormalized);
    const request =
      open ??
      (await insertContactRequest({ ...input, emailNormalized, consentAt: now, createdAt: now, updatedAt: now }));
    const newly = await insertProposal(tx, {
      requestId: request.id,
      candidateId: candidate.id,
      proposedById: null,
      companyNameShown: false,
      createdAt: now,
    });
    // Not the name they chose for the directory: the proposal says who, and erasure finds their name.
    await logActivity(
      tx,
      "request",
      request.id,
      `Asked to interview ${candidate.name} from the directory${newly ? "" : " (already proposed here)"}`,
      "company",
    );
    if (open) await appendRequestMessage(tx, open.id, input.message, now);
    await logActivity(
      tx,
      "candidate",
      candidate.id,
      `${input.company} asked to interview them from the directory`,
      "company",
    );
    const receipt = emails.receipt({
      reference: request.reference,
      developer: publicName(candidate.displayName, initialsOf(candidate.name)),
      upcomingCall: (await upcomingCallsOf(tx, emailNormalized, now)).length > 0,
    });
    await enqueueEmail(receipt, tx, now);
    await enqueueEmail(emails.candidate({ name: candidate.name, email: candidate.email }), tx, now);
    return ok({ reference: request.reference, joined: open !== null });
  });
}
