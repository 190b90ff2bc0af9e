"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { retryEmail } from "@/db/queries/outbox";
import { fail, type ActionState } from "@/lib/action-state";
import { sendEmailsSoon } from "@/lib/mailer";
import { requireStaff } from "@/lib/session";

const id = z.coerce.number().int().positive();

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
