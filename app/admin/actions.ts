"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addNote, assignRequest, cancelCallAsStaff, moveCandidateToStage, proposeCandidate, rateCandidate, recordCallOutcome, setRequestStatus } from "@/db/queries/admin";
import { bookingCancelledEmails } from "@/lib/booking-emails";
import { sendEmailsSoon } from "@/lib/mailer";
import { retryEmail } from "@/db/queries/outbox";
import { candidateStages, contactRequestStatuses } from "@/db/schema";
import { recordAudit } from "@/db/queries/audit";
import { fail, formValues, type ActionState } from "@/lib/action-state";
import { requireStaff } from "@/lib/session";
import { stageTitles } from "@/lib/labels";
import { cancelReasonSchema } from "@/lib/validation/booking";

const staff = (returnTo: string) => requireStaff(returnTo);
const id = z.coerce.number().int().positive();
const reason = z.string().trim().max(500, "Keep the reason under 500 characters.");
const noteBody = z.string().trim().min(1, "Write the note first.").max(5000, "Keep the note under 5,000 characters.");


export async function changeRequestStatus(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/requests");
  const parsed = z
    .object({ id, status: z.enum(contactRequestStatuses, { error: "Choose a status." }), reason })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  if (parsed.data.status === "lost" && !parsed.data.reason) return fail("Say why the request was lost.");
  if (!setRequestStatus(actor, parsed.data.id, parsed.data.status, parsed.data.reason || null)) return fail("This request no longer exists.");
  recordAudit(actor.id, "request.status", `request #${parsed.data.id}`, parsed.data.status);
  revalidatePath(`/admin/requests/${parsed.data.id}`);
  return { status: "success", message: `Status set to ${parsed.data.status}.` };
}

export async function changeRequestAssignee(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/requests");
  const parsed = z
    .object({ id, assigneeId: z.union([z.literal(""), id], { error: "Choose a talent manager." }) })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  const assigneeId = parsed.data.assigneeId === "" ? null : parsed.data.assigneeId;
  const result = assignRequest(actor, parsed.data.id, assigneeId);
  if (result === "missing") return fail("This request no longer exists.");
  if (result === "not-staff") return fail("Choose an active talent manager.");
  if (result === "assigned") recordAudit(actor.id, "request.assign", `request #${parsed.data.id}`, assigneeId ? `user #${assigneeId}` : "nobody");
  revalidatePath(`/admin/requests/${parsed.data.id}`);
  return { status: "success", message: assigneeId ? "Assigned." : "Unassigned." };
}

export async function changeCandidateRating(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/candidates");
  const parsed = z
    .object({ id, rating: z.union([z.literal(""), z.coerce.number().int().min(1).max(5)], { error: "Choose a rating from 1 to 5." }) })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  const rating = parsed.data.rating === "" ? null : parsed.data.rating;
  if (!rateCandidate(actor, parsed.data.id, rating)) return fail("This candidate no longer exists.");
  recordAudit(actor.id, "candidate.rate", `candidate #${parsed.data.id}`, rating ? String(rating) : "cleared");
  revalidatePath(`/admin/candidates/${parsed.data.id}`);
  return { status: "success", message: rating ? `Rated ${rating} of 5.` : "Rating cleared." };
}

export async function changeCandidateStage(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/candidates");
  const parsed = z.object({ id, stage: z.enum(candidateStages, { error: "Choose a stage." }), reason }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  if (parsed.data.stage === "rejected" && !parsed.data.reason) return fail("Give a reason for the rejection.");
  // A step back to Draft is destructive (the submission is undone), so only its confirmed form may ask for it.
  if (parsed.data.stage === "draft" && formData.get("confirm") !== "draft") return fail("To move this candidate back to Draft, use “Move back to Draft…” and confirm.");
  if (!moveCandidateToStage(actor, parsed.data.id, parsed.data.stage, parsed.data.reason || null)) return fail("This candidate no longer exists.");
  recordAudit(actor.id, "candidate.stage", `candidate #${parsed.data.id}`, parsed.data.stage);
  revalidatePath(`/admin/candidates/${parsed.data.id}`);
  // The confirming form is gone once the candidate is a draft: the page says what happened instead.
  if (parsed.data.stage === "draft") redirect(`/admin/candidates/${parsed.data.id}?moved=draft`);
  return { status: "success", message: `Stage set to ${stageTitles[parsed.data.stage]}.` };
}

export async function addActivityNote(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin");
  const parsed = z.object({ id, subject: z.enum(["request", "candidate"]), body: noteBody }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  addNote(actor, parsed.data.subject, parsed.data.id, parsed.data.body);
  recordAudit(actor.id, parsed.data.subject === "request" ? "request.note" : "candidate.note", `${parsed.data.subject} #${parsed.data.id}`);
  revalidatePath(`/admin/${parsed.data.subject === "request" ? "requests" : "candidates"}/${parsed.data.id}`);
  return { status: "success", message: "Note added." };
}

const outcomeRefusal = {
  missing: "This call no longer exists.",
  "not-started": "This call has not started yet: record what happened once it has.",
  "not-allowed": "That outcome cannot be recorded for this call now; reload the page.",
} as const;

export async function updateCall(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/calls");
  const parsed = z.object({ id, status: z.enum(["completed", "no_show", "confirmed"], { error: "Choose what happened." }) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  const result = recordCallOutcome(actor, parsed.data.id, parsed.data.status);
  if (result !== "ok") return fail(outcomeRefusal[result]);
  recordAudit(actor.id, "call.update", `call #${parsed.data.id}`, `outcome: ${parsed.data.status}`);
  revalidatePath("/admin/calls");
  return { status: "success", message: parsed.data.status === "confirmed" ? "Outcome cleared." : "Outcome recorded." };
}

export async function cancelCallByStaff(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/calls");
  const values = formValues(formData);
  const parsed = z.object({ id, reason: cancelReasonSchema, returnTo: z.string().startsWith("/admin/calls").catch("/admin/calls") }).safeParse({
    id: formData.get("id"),
    reason: formData.get("reason") ?? "",
    returnTo: formData.get("returnTo") ?? "",
  });
  if (!parsed.success) {
    const reasonError = parsed.error.issues.find((issue) => issue.path[0] === "reason")?.message;
    return { status: "error", message: reasonError ?? "This form is out of date; reload the page.", fieldErrors: { reason: reasonError }, values };
  }
  const result = cancelCallAsStaff(actor, parsed.data.id, parsed.data.reason, (booking) => bookingCancelledEmails(booking, "staff"));
  if (result === "missing") return { status: "error", message: "This call no longer exists.", fieldErrors: {}, values };
  if (result === "not-cancellable") return { status: "error", message: "Only a confirmed call that has not ended can be cancelled.", fieldErrors: {}, values };
  recordAudit(actor.id, "call.update", `call #${parsed.data.id}`, parsed.data.reason ? `cancelled: ${parsed.data.reason}` : "cancelled");
  sendEmailsSoon();
  revalidatePath("/admin/calls");
  redirect(parsed.data.returnTo);
}

export async function propose(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/requests");
  const parsed = z.object({ requestId: id, candidateId: id }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail("This form is out of date; reload the page.");
  if (!proposeCandidate(actor, parsed.data.requestId, parsed.data.candidateId)) return fail("This request or candidate no longer exists.");
  recordAudit(actor.id, "request.propose", `request #${parsed.data.requestId}`, `candidate #${parsed.data.candidateId}`);
  revalidatePath(`/admin/requests/${parsed.data.requestId}`);
  return { status: "success", message: "Proposed." };
}

export async function retryOutboxEmail(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff("/admin/outbox");
  const parsed = id.safeParse(formData.get("id"));
  if (!parsed.success) return fail("This form is out of date; reload the page.");
  if (!retryEmail(actor, parsed.data)) return fail("Only failed emails can be retried.");
  recordAudit(actor.id, "outbox.retry", `email #${parsed.data}`);
  sendEmailsSoon();
  revalidatePath("/admin/outbox");
  return { status: "success", message: "Queued again." };
}
