"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { proposeCandidate } from "@/db/queries/admin/matching";
import { addNote } from "@/db/queries/admin/notes";
import { assignRequest, setRequestStatus } from "@/db/queries/admin/requests";
import { withAudit } from "@/db/queries/audit";
import { contactRequestStatuses } from "@/db/schema";
import { fail } from "@/domain/action-state";
import { changeReason, noteBody, recordId } from "@/domain/validation/fields";
import { staffAction } from "@/services/action";

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
  { returnTo: "/admin/requests", schema: z.object({ requestId: recordId, candidateId: recordId }) },
  async (input, actor) => {
    const proposed = await withAudit(
      actor,
      () => proposeCandidate(actor, input.requestId, input.candidateId),
      (ok) =>
        ok && {
          action: "request.propose",
          subject: `request #${input.requestId}`,
          details: `candidate #${input.candidateId}`,
        },
    );
    if (!proposed) return fail("This request or candidate no longer exists.");
    revalidatePath(`/admin/requests/${input.requestId}`);
    return { status: "success", message: "Proposed." };
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
