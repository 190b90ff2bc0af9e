"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteQuarantined, restoreQuarantined } from "@/db/queries/contact-quarantine";
import { contactReceiptEmail } from "@/services/account-emails";
import { requireStaff } from "@/services/session";

const SPAM = "/admin/requests/spam";
const idField = z.object({ id: z.coerce.number().int().positive() });

/** The answer goes in the address, so it shows after the row has left the list, with or without JavaScript. */
function answer(query: Record<string, string>): never {
  revalidatePath(SPAM);
  redirect(`${SPAM}?${new URLSearchParams(query).toString()}`);
}

export async function restoreSpam(formData: FormData) {
  const parsed = idField.safeParse(Object.fromEntries(formData));
  const actor = await requireStaff(SPAM);
  if (!parsed.success) answer({ missing: "1" });
  const result = await restoreQuarantined(actor, parsed.data.id, contactReceiptEmail);
  if (result.status === "missing" || !result.request) answer({ missing: "1" });
  revalidatePath("/admin/requests");
  answer({ restored: String(result.request.id) });
}

export async function deleteSpam(formData: FormData) {
  const parsed = idField.safeParse(Object.fromEntries(formData));
  const actor = await requireStaff(SPAM);
  if (!parsed.success || !(await deleteQuarantined(actor, parsed.data.id))) answer({ missing: "1" });
  answer({ deleted: "1" });
}
