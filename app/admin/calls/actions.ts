"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import { fail } from "@/domain/action-state";
import { cancelReasonSchema } from "@/domain/validation/booking";
import { recordId } from "@/domain/validation/fields";
import { staffAction } from "@/services/action";
import {
  type CallOutcomeRefusal,
  cancelCallAsStaff,
  recordCallOutcome,
  type StaffCancelRefusal,
} from "@/services/booking/staff-call";
import { bookingCancelledEmails } from "@/services/booking-emails";
import { revalidateSchedule } from "@/services/revalidate-content";

const outcomeRefusal: Record<CallOutcomeRefusal, string> = {
  missing: "This call no longer exists.",
  "not-started": "This call has not started yet: record what happened once it has.",
  "not-allowed": "That outcome cannot be recorded for this call now; reload the page.",
};

const cancelRefusal: Record<StaffCancelRefusal, string> = {
  missing: "This call no longer exists.",
  "not-cancellable": "Only a confirmed call that has not ended can be cancelled.",
};

export const updateCall = staffAction(
  {
    returnTo: "/admin/calls",
    schema: z.object({
      id: recordId,
      status: z.enum(["completed", "no_show", "confirmed"], { error: "Choose what happened." }),
    }),
  },
  async (input, actor) => {
    const result = await withAudit(
      actor,
      () => recordCallOutcome(actor, input.id, input.status),
      (outcome) =>
        outcome.ok && {
          action: "call.update",
          subject: `call #${input.id}`,
          details: `outcome: ${input.status}`,
        },
    );
    if (!result.ok) return fail(outcomeRefusal[result.reason]);
    revalidatePath("/admin/calls");
    // Clearing an outcome can make a call confirmed again, and so its time taken.
    revalidateSchedule();
    return { status: "success", message: input.status === "confirmed" ? "Outcome cleared." : "Outcome recorded." };
  },
);

export const cancelCallByStaff = staffAction(
  // The reason comes first: when it and the (hidden) id are both wrong, its message is the one a person can act on.
  {
    returnTo: "/admin/calls",
    schema: z.object({
      reason: z.preprocess((value) => value ?? "", cancelReasonSchema),
      id: recordId,
      returnTo: z.string().startsWith("/admin/calls").catch("/admin/calls"),
    }),
  },
  async (input, actor) => {
    const result = await withAudit(
      actor,
      () => cancelCallAsStaff(actor, input.id, input.reason, (booking) => bookingCancelledEmails(booking, "staff")),
      (outcome) =>
        outcome.ok && {
          action: "call.update",
          subject: `call #${input.id}`,
          details: input.reason ? `cancelled: ${input.reason}` : "cancelled",
        },
    );
    if (!result.ok) return fail(cancelRefusal[result.reason]);
    revalidatePath("/admin/calls");
    revalidateSchedule();
    redirect(input.returnTo);
  },
);
