"use server";

import { redirect } from "next/navigation";
import { eraseCandidate } from "@/db/queries/candidates";
import { deleteCv } from "@/lib/cv-storage";
import type { ActionState } from "@/lib/action-state";
import { checkOwnPassword } from "@/lib/own-password";
import { requireRole } from "@/lib/session";

export async function deleteAccount(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireRole("/account/delete", "candidate");
  const password = String(formData.get("password") ?? "").slice(0, 256);
  const errors: Record<string, string> = {};
  if (formData.get("confirm") !== "on") errors.confirm = "Tick the box to confirm that you want to delete everything.";
  const check = await checkOwnPassword(user.id, password);
  if (!check.ok) errors.password = check.throttled ?? "That is not your password.";
  if (Object.keys(errors).length > 0) return { status: "error", message: "Your account was not deleted.", fieldErrors: errors, values: {} };
  const { cvKey } = eraseCandidate(user);
  await deleteCv(cvKey);
  redirect("/login?notice=deleted");
}
