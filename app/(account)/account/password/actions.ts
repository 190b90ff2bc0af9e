"use server";

import { z } from "zod";
import { updatePassword } from "@/db/queries/users";
import { fail } from "@/domain/action-state";
import { PASSWORD_MAX, passwordProblem } from "@/domain/password-policy";
import { userAction } from "@/services/action";
import { startFreshSession } from "@/services/auth";
import { checkOwnPassword } from "@/services/own-password";
import { hashPassword } from "@/services/passwords";

const SUMMARY = "Please correct the highlighted fields.";
/** Never refused here: the checks below say which password is wrong. */
const upTo = (max: number) =>
  z
    .string()
    .catch("")
    .transform((password) => password.slice(0, max));

export const changePassword = userAction(
  {
    returnTo: "/account/password",
    schema: z.object({ currentPassword: upTo(256), newPassword: upTo(PASSWORD_MAX + 1) }),
    secret: ["currentPassword", "newPassword"],
    firstOfRepeated: true,
  },
  async ({ currentPassword, newPassword }, user) => {
    const check = await checkOwnPassword(user.id, currentPassword);
    if (!check.ok) return fail(SUMMARY, { currentPassword: check.throttled ?? "That is not your current password." });
    const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
    if (problem) return fail(SUMMARY, { newPassword: problem });
    // Every session ends, this one and any copy of its cookie included; this browser then gets a fresh one.
    await updatePassword(user.id, await hashPassword(newPassword));
    await startFreshSession(user);
    return {
      status: "success",
      message: "Your password has been changed. You stay signed in here; every other device has been signed out.",
    };
  },
);
