"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import { retryEmail } from "@/db/queries/outbox";
import { fail } from "@/domain/action-state";
import { recordId } from "@/domain/validation/fields";
import { staffAction } from "@/services/action";

export const retryOutboxEmail = staffAction(
  { returnTo: "/admin/outbox", schema: z.object({ id: recordId }) },
  async (input, actor) => {
    const retried = await withAudit(
      actor,
      () => retryEmail(actor, input.id),
      (ok) => ok && { action: "outbox.retry", subject: `email #${input.id}` },
    );
    if (!retried) return fail("Only failed emails can be retried.");
    revalidatePath("/admin/outbox");
    return { status: "success", message: "Queued again." };
  },
);
