"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/db/queries/password-resets";
import type { ActionState } from "@/lib/action-state";
import { hashManageToken, isWellFormedToken } from "@/lib/manage-token";
import { passwordProblem, PASSWORD_MAX } from "@/lib/password-policy";
import { hashPassword } from "@/lib/passwords";

export async function chooseNewPassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const token = String(formData.get("token") ?? "");
  const password = String(formData.get("password") ?? "").slice(0, PASSWORD_MAX + 1);
  const problem = passwordProblem(password);
  if (problem) return { status: "error", message: "Please choose another password.", fieldErrors: { password: problem }, values: {} };
  if (!isWellFormedToken(token) || !resetPassword(hashManageToken(token), await hashPassword(password))) {
    return { status: "error", message: "This reset link has expired or was already used. Ask for a new one.", fieldErrors: {}, values: {} };
  }
  redirect("/login?notice=reset");
}
