"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addNote } from "@/db/queries/admin/notes";
import { assignRequest, mergeRequests, setRequestStatus, updateRequestDetails } from "@/db/queries/admin/requests";
import { withAudit } from "@/db/queries/audit";
import { listSeniorityOptions } from "@/db/queries/content";
import { saveProposalNote } from "@/db/queries/shortlists";
import { contactRequestStatuses } from "@/db/schema";
import { fail } from "@/domain/action-state";
import { PROPOSAL_NOTE_MAX } from "@/domain/form-fields";
import { interviewAheadMessage } from "@/domain/interviews";
import { createManageToken, hashManageToken } from "@/domain/manage-token";
import { SHORTLIST_LIFETIME_MS } from "@/domain/shortlist";
import { contactRequestSchema } from "@/domain/validation/contact";
import { changeReason, noteBody, recordId } from "@/domain/validation/fields";
import { writtenEmailFields } from "@/domain/validation/written-email";
import { proposalOutcomes, UNSPECIFIED_SENIORITY } from "@/domain/vocabulary";
import { stageEmail } from "@/services/account-emails";
import { staffAction } from "@/services/action";
import { recordOutcome } from "@/services/hiring/outcome";
import { proposeCandidate } from "@/services/hiring/proposal";
import { revokeShortlist, type SendShortlistRefusal, sendShortlist } from "@/services/hiring/shortlist-link";
import { readerTimeZone } from "@/services/reader-zone";
import { revalidateDirectory } from "@/services/revalidate-content";
import { proposalEmail, shortlistEmail } from "@/services/shortlist-emails";
import { sendFromDashboard } from "@/services/written-emails";

export const changeRequestStatus = staffAction(
  {
    returnTo: "/admin/requests",
    schema: z.object({
      id: recordId,
      status: z.enum(contactRequestStatuses, { error: "Choose a status." }),
      reason: changeReason,
    }),
  },
  async (input, actor) => {
    if (input.status === "lost" && !input.reason) return fail("Say why the request was lost.");
    const changed = await withAudit(
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
  {
    returnTo: "/admin/requests",
    schema: z.object({
      id: recordId,
      assigneeId: z.union([z.literal(""), recordId], { error: "Choose a talent manager." }),
    }),
  },
  async (input, actor) => {
    const assigneeId = input.assigneeId === "" ? null : input.assigneeId;
    const result = await withAudit(
      actor,
      () => assignRequest(actor, input.id, assigneeId),
      (outcome) =>
        outcome === "assigned" && {
          action: "request.assign",
          subject: `request #${input.id}`,
          details: assigneeId ? `user #${assigneeId}` : "nobody",
        },
    );
    if (result === "missing") return fail("This request no longer exists.");
    if (result === "not-staff") return fail("Choose an active talent manager.");
    revalidatePath(`/admin/requests/${input.id}`);
    return { status: "success", message: assigneeId ? "Assigned." : "Unassigned." };
  },
);

export const propose = staffAction(
  {
    returnTo: "/admin/requests",
    schema: z.object({ requestId: recordId, candidateId: recordId, companyNameShown: z.literal("on").optional() }),
  },
  async (input, actor) => {
    const proposed = await withAudit(
      actor,
      () =>
        proposeCandidate(actor, input.requestId, input.candidateId, {
          companyNameShown: input.companyNameShown === "on",
          notify: proposalEmail,
        }),
      (result) =>
        result.ok && {
          action: "request.propose",
          subject: `request #${input.requestId}`,
          details: `candidate #${input.candidateId}`,
        },
    );
    if (!proposed.ok) return fail("This request or candidate no longer exists.");
    revalidatePath(`/admin/requests/${input.requestId}`);
    return { status: "success", message: "Proposed: we emailed the candidate to ask whether they are interested." };
  },
);

export const saveShortlistNote = staffAction(
  {
    returnTo: "/admin/requests",
    schema: z.object({
      requestId: recordId,
      proposalId: recordId,
      note: z
        .string()
        .trim()
        .max(
          PROPOSAL_NOTE_MAX,
          `Keep the note under ${PROPOSAL_NOTE_MAX} characters: the company reads it at a glance.`,
        ),
    }),
  },
  async (input, actor) => {
    const saved = await withAudit(
      actor,
      () => saveProposalNote(actor, input.requestId, input.proposalId, input.note),
      (ok) => ok && { action: "request.shortlist", subject: `request #${input.requestId}`, details: "note" },
    );
    if (!saved) return fail("This proposal no longer exists.");
    revalidatePath(`/admin/requests/${input.requestId}`);
    return { status: "success", message: "Note saved." };
  },
);

/** What the manager is told when a shortlist is not sent. */
const sendRefusals: Record<SendShortlistRefusal, string> = {
  missing: "This request no longer exists.",
  "none-interested":
    "No candidate has said they are interested yet: the shortlist would be empty, so nothing was sent.",
};

export const sendShortlistToCompany = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ requestId: recordId }) },
  async (input, actor) => {
    const token = createManageToken();
    const result = await withAudit(
      actor,
      () =>
        sendShortlist(
          actor,
          input.requestId,
          { tokenHash: hashManageToken(token), expiresAt: new Date(Date.now() + SHORTLIST_LIFETIME_MS) },
          (invitation) => shortlistEmail(invitation, token),
        ),
      (sent) => sent.ok && { action: "request.shortlist", subject: `request #${input.requestId}`, details: "sent" },
    );
    if (!result.ok) return fail(sendRefusals[result.reason]);
    revalidatePath(`/admin/requests/${input.requestId}`);
    return {
      status: "success",
      message: `Sent to ${result.value.sentTo} with ${result.value.count} candidate${result.value.count === 1 ? "" : "s"}. Any earlier link no longer works.`,
    };
  },
);

export const revokeShortlistLink = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ requestId: recordId }) },
  async (input, actor) => {
    const revoked = await withAudit(
      actor,
      () => revokeShortlist(actor, input.requestId),
      (result) =>
        result.ok && { action: "request.shortlist", subject: `request #${input.requestId}`, details: "revoked" },
    );
    if (!revoked.ok) return fail("There is no working link to revoke.");
    revalidatePath(`/admin/requests/${input.requestId}`);
    return {
      status: "success",
      message: "The link no longer works. Send the shortlist again to give the company a new one.",
    };
  },
);

export const addRequestNote = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ id: recordId, body: noteBody }) },
  async (input, actor) => {
    await withAudit(
      actor,
      () => addNote(actor, "request", input.id, input.body),
      () => ({ action: "request.note", subject: `request #${input.id}` }),
    );
    revalidatePath(`/admin/requests/${input.id}`);
    return { status: "success", message: "Note added." };
  },
);

const outcomeRefusal = {
  missing: "This proposal no longer exists.",
  "not-interviewed": "Only a candidate the company asked to interview has an outcome.",
  hired: "The hire is recorded: the candidate is placed and the request won.",
} as const;

export const recordProposalOutcome = staffAction(
  {
    returnTo: "/admin/requests",
    schema: z.object({
      requestId: recordId,
      proposalId: recordId,
      // Empty is "Not decided yet": it saves no outcome (and clears one recorded earlier).
      outcome: z
        .enum(["", ...proposalOutcomes], { error: "Choose how it ended." })
        .transform((outcome) => outcome || null),
      reason: changeReason,
    }),
  },
  async (input, actor) => {
    if (input.outcome === "not_hired" && !input.reason)
      return fail("Say why the candidate was not hired.", {
        reason: "Say why, for the candidate's record and the funnel.",
      });
    const result = await withAudit(
      actor,
      () => recordOutcome(actor, input.requestId, input.proposalId, input.outcome, input.reason || null, stageEmail),
      (outcome) =>
        outcome.ok &&
        outcome.value.changed && {
          action: "request.outcome",
          subject: `request #${input.requestId}`,
          details: `proposal #${input.proposalId}: ${input.outcome ?? "not decided"}`,
        },
    );
    if (!result.ok && result.reason === "interview-ahead") {
      const message = interviewAheadMessage(result.endsAt, await readerTimeZone());
      return fail(message, { outcome: message });
    }
    if (!result.ok) return fail(outcomeRefusal[result.reason]);
    // A hire places the candidate, and a placed candidate leaves the directory.
    if (input.outcome === "hired") {
      revalidateDirectory();
    }
    revalidatePath(`/admin/requests/${input.requestId}`);
    const saved = {
      hired: "Hired: the candidate is placed and the request is won.",
      offer: "Outcome saved.",
      not_hired: "Outcome saved.",
      none: result.value.changed ? "Outcome cleared: not decided yet." : "Nothing saved: no outcome is decided yet.",
    };
    return { status: "success", message: saved[input.outcome ?? "none"] };
  },
);

/** An email written from the request's page, from a template or from scratch (replies go to the manager). */
export const writeToCompany = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ id: recordId, ...writtenEmailFields }) },
  async ({ id, subject, body }, actor) => {
    const sent = await sendFromDashboard(actor, { type: "request", id }, { subject, body });
    if (!sent.ok) return fail(sent.message, sent.field ? { [sent.field]: sent.message } : {});
    revalidatePath(`/admin/requests/${id}`);
    return { status: "success", message: `Sent to ${sent.to}. Replies come to you.` };
  },
);

export const editRequestDetails = staffAction(
  {
    returnTo: "/admin/requests",
    schema: contactRequestSchema
      .pick({ company: true, role: true, developers: true, desiredStart: true, budget: true })
      .extend({ id: recordId, seniority: z.string().trim().min(1, "Choose a seniority level.") }),
  },
  async ({ id, ...details }, actor) => {
    const levels = [...(await listSeniorityOptions()), UNSPECIFIED_SENIORITY];
    if (!levels.includes(details.seniority))
      return fail("Choose a seniority level from the list.", { seniority: "Choose a seniority level from the list." });
    const saved = await withAudit(
      actor,
      () => updateRequestDetails(actor, id, details),
      (ok) => ok && { action: "request.details", subject: `request #${id}` },
    );
    if (!saved) return fail("This request no longer exists.");
    revalidatePath(`/admin/requests/${id}`);
    return { status: "success", message: "Details saved." };
  },
);

const MERGE_REFUSALS = {
  missing: "One of the two requests no longer exists.",
  same: "Choose another request than this one.",
  closed: "Only two open requests can be merged: this one or the other is won or lost.",
  "same-candidate": "Both requests propose the same candidate: take them off one of the two first.",
} as const;

/** Merges another request of the same company into this one (its calls, candidates and timeline come over). */
export const mergeRequest = staffAction(
  { returnTo: "/admin/requests", schema: z.object({ id: recordId, fromId: recordId }) },
  async (input, actor) => {
    const result = await withAudit(
      actor,
      () => mergeRequests(actor, input.fromId, input.id),
      (outcome) =>
        outcome.ok && {
          action: "request.merge",
          subject: `request #${input.id}`,
          details: `${outcome.reference} (request #${input.fromId})`,
        },
    );
    if (!result.ok) return fail(MERGE_REFUSALS[result.reason], { fromId: MERGE_REFUSALS[result.reason] });
    revalidatePath("/admin/requests", "layout");
    redirect(`/admin/requests/${input.id}?merged=${encodeURIComponent(result.reference)}`);
  },
);
