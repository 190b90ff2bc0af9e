"use server";

import { updatePassword } from "@/db/queries/users";
import { startFreshSession } from "@/lib/auth";
import type { ActionState } from "@/lib/action-state";
import { passwordProblem, PASSWORD_MAX } from "@/lib/password-policy";
import { checkOwnPassword } from "@/lib/own-password";
import { hashPassword } from "@/lib/passwords";
import { requireUser } from "@/lib/session";

export async function changePassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser("/account/password");
  const current = String(formData.get("currentPassword") ?? "").slice(0, 256);
  const next = String(formData.get("newPassword") ?? "").slice(0, PASSWORD_MAX + 1);
  const check = await checkOwnPassword(user.id, current);
  if (!check.ok) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { currentPassword: check.throttled ?? "That is not your current password." }, values: {} };
  }
  const problem = passwordProblem(next, { email: user.email, name: user.name });
  if (problem) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { newPassword: problem }, values: {} };
  // Every session ends, this one and any copy of its cookie included; this browser then gets a fresh one.
  updatePassword(user.id, await hashPassword(next));
  await startFreshSession(user);
  return { status: "success", message: "Your password has been changed. You stay signed in here; every other device has been signed out." };
}
