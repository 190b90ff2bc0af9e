"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import { retryEmail } from "@/db/queries/outbox";
import { staffAction } from "@/lib/action";
import { fail } from "@/lib/action-state";
import { sendEmailsSoon } from "@/lib/mailer";
import { recordId } from "@/lib/validation/fields";

export const retryOutboxEmail = staffAction({ returnTo: "/admin/outbox", schema: z.object({ id: recordId }) }, async (input, actor) => {
  const retried = withAudit(
    actor,
    () => retryEmail(actor, input.id),
    (ok) => ok && { action: "outbox.retry", subject: `email #${input.id}` },
  );
  if (!retried) return fail("Only failed emails can be retried.");
  sendEmailsSoon();
  revalidatePath("/admin/outbox");
  return { status: "success", message: "Queued again." };
});
