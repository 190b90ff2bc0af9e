"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addNote, assignRequest, cancelCallAsStaff, moveCandidateToStage, proposeCandidate, rateCandidate, recordCallOutcome, setRequestStatus } from "@/db/queries/admin";
import { bookingCancelledEmails } from "@/lib/booking-emails";
import { sendEmailsSoon } from "@/lib/mailer";
import { retryEmail } from "@/db/queries/outbox";
import { candidateStages, contactRequestStatuses } from "@/db/schema";
import { recordAudit, withAudit } from "@/db/queries/audit";
import { staffAction } from "@/lib/action";
import { fail, type ActionState } from "@/lib/action-state";
import { requireStaff } from "@/lib/session";
import { stageTitles } from "@/lib/labels";
import { cancelReasonSchema } from "@/lib/validation/booking";
import { OUT_OF_DATE, recordId } from "@/lib/validation/fields";

const id = z.coerce.number().int().positive();
const reason = z.string().trim().max(500, "Keep the reason under 500 characters.");
const noteBody = z.string().trim().min(1, "Write the note first.").max(5000, "Keep the note under 5,000 characters.");

export const changeRequestStatus = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ id: recordId, status: z.enum(contactRequestStatuses, { error: "Choose a status." }), reason }) },
  async (input, actor) => {
    if (input.status === "lost" && !input.reason) return fail("Say why the request was lost.");
    const changed = withAudit(
      actor,
      () => setRequestStatus(actor, input.id, input.status, input.reason || null),
      (ok) => ok && { action: "request.status", subject: `request #${input.id}`, details: input.status },
    );
    if (!changed) return fail("This request no longer exists.");
    revalidatePath(`/admin/requests/${input.id}`);
    return { status: "success", message: `Status set to ${input.status}.` };
  },
);

export const changeRequestAssignee = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ id: recordId, assigneeId: z.union([z.literal(""), id], { error: "Choose a talent manager." }) }) },
  async (input, actor) => {
    const assigneeId = input.assigneeId === "" ? null : input.assigneeId;
    const result = withAudit(
      actor,
      () => assignRequest(actor, input.id, assigneeId),
      (outcome) => outcome === "assigned" && { action: "request.assign", subject: `request #${input.id}`, details: assigneeId ? `user #${assigneeId}` : "nobody" },
    );
    if (result === "missing") return fail("This request no longer exists.");
    if (result === "not-staff") return fail("Choose an active talent manager.");
    revalidatePath(`/admin/requests/${input.id}`);
    return { status: "success", message: assigneeId ? "Assigned." : "Unassigned." };
  },
);

export const changeCandidateRating = staffAction(
  {
    returnTo: "/admin/candidates",
    schema: z.object({ id: recordId, rating: z.union([z.literal(""), z.coerce.number().int().min(1).max(5)], { error: "Choose a rating from 1 to 5." }) }),
  },
  async (input, actor) => {
    const rating = input.rating === "" ? null : input.rating;
    const rated = withAudit(
      actor,
      () => rateCandidate(actor, input.id, rating),
      (ok) => ok && { action: "candidate.rate", subject: `candidate #${input.id}`, details: rating ? String(rating) : "cleared" },
    );
    if (!rated) return fail("This candidate no longer exists.");
    revalidatePath(`/admin/candidates/${input.id}`);
    return { status: "success", message: rating ? `Rated ${rating} of 5.` : "Rating cleared." };
  },
);

export const changeCandidateStage = staffAction(
  { returnTo: "/admin/candidates", schema: z.object({ id: recordId, stage: z.enum(candidateStages, { error: "Choose a stage." }), reason, confirm: z.string().optional() }) },
  async (input, actor) => {
    if (input.stage === "rejected" && !input.reason) return fail("Give a reason for the rejection.");
    // A step back to Draft is destructive (the submission is undone), so only its confirmed form may ask for it.
    if (input.stage === "draft" && input.confirm !== "draft") return fail("To move this candidate back to Draft, use “Move back to Draft…” and confirm.");
    const moved = withAudit(
      actor,
      () => moveCandidateToStage(actor, input.id, input.stage, input.reason || null),
      (ok) => ok && { action: "candidate.stage", subject: `candidate #${input.id}`, details: input.stage },
    );
    if (!moved) return fail("This candidate no longer exists.");
    revalidatePath(`/admin/candidates/${input.id}`);
    // The confirming form is gone once the candidate is a draft: the page says what happened instead.
    if (input.stage === "draft") redirect(`/admin/candidates/${input.id}?moved=draft`);
    return { status: "success", message: `Stage set to ${stageTitles[input.stage]}.` };
  },
);

export const addActivityNote = staffAction(
  { returnTo: "/admin", schema: z.object({ id: recordId, subject: z.enum(["request", "candidate"], { error: OUT_OF_DATE }), body: noteBody }) },
  async (input, actor) => {
    withAudit(
      actor,
      () => addNote(actor, input.subject, input.id, input.body),
      () => ({ action: input.subject === "request" ? "request.note" : "candidate.note", subject: `${input.subject} #${input.id}` }),
    );
    revalidatePath(`/admin/${input.subject === "request" ? "requests" : "candidates"}/${input.id}`);
    return { status: "success", message: "Note added." };
  },
);

const outcomeRefusal = {
  missing: "This call no longer exists.",
  "not-started": "This call has not started yet: record what happened once it has.",
  "not-allowed": "That outcome cannot be recorded for this call now; reload the page.",
} as const;

export const updateCall = staffAction(
  { returnTo: "/admin/calls", schema: z.object({ id: recordId, status: z.enum(["completed", "no_show", "confirmed"], { error: "Choose what happened." }) }) },
  async (input, actor) => {
    const result = withAudit(
      actor,
      () => recordCallOutcome(actor, input.id, input.status),
      (outcome) => outcome === "ok" && { action: "call.update", subject: `call #${input.id}`, details: `outcome: ${input.status}` },
    );
    if (result !== "ok") return fail(outcomeRefusal[result]);
    revalidatePath("/admin/calls");
    return { status: "success", message: input.status === "confirmed" ? "Outcome cleared." : "Outcome recorded." };
  },
);

export const cancelCallByStaff = staffAction(
  // The reason comes first: when it and the (hidden) id are both wrong, its message is the one a person can act on.
  { returnTo: "/admin/calls", schema: z.object({ reason: z.preprocess((value) => value ?? "", cancelReasonSchema), id: recordId, returnTo: z.string().startsWith("/admin/calls").catch("/admin/calls") }) },
  async (input, actor) => {
    const result = withAudit(
      actor,
      () => cancelCallAsStaff(actor, input.id, input.reason, (booking) => bookingCancelledEmails(booking, "staff")),
      (outcome) => outcome === "ok" && { action: "call.update", subject: `call #${input.id}`, details: input.reason ? `cancelled: ${input.reason}` : "cancelled" },
    );
    if (result === "missing") return fail("This call no longer exists.");
    if (result === "not-cancellable") return fail("Only a confirmed call that has not ended can be cancelled.");
    sendEmailsSoon();
    revalidatePath("/admin/calls");
    redirect(input.returnTo);
  },
);

export const propose = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ requestId: recordId, candidateId: recordId }) },
  async (input, actor) => {
    const proposed = withAudit(
      actor,
      () => proposeCandidate(actor, input.requestId, input.candidateId),
      (ok) => ok && { action: "request.propose", subject: `request #${input.requestId}`, details: `candidate #${input.candidateId}` },
    );
    if (!proposed) return fail("This request or candidate no longer exists.");
    revalidatePath(`/admin/requests/${input.requestId}`);
    return { status: "success", message: "Proposed." };
  },
);

export async function retryOutboxEmail(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireStaff("/admin/outbox");
  const parsed = id.safeParse(formData.get("id"));
  if (!parsed.success) return fail("This form is out of date; reload the page.");
  if (!retryEmail(actor, parsed.data)) return fail("Only failed emails can be retried.");
  recordAudit(actor.id, "outbox.retry", `email #${parsed.data}`);
  sendEmailsSoon();
  revalidatePath("/admin/outbox");
  return { status: "success", message: "Queued again." };
}
