"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { resetPassword } from "@/db/queries/password-resets";
import { fail } from "@/domain/action-state";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { PASSWORD_MAX, passwordProblem } from "@/domain/password-policy";
import { publicAction } from "@/services/action";
import { hashPassword } from "@/services/passwords";

/** Never refused here: the password policy and the token check below say what is wrong. */
const schema = z.object({
  token: z.string().catch(""),
  password: z
    .string()
    .catch("")
    .transform((password) => password.slice(0, PASSWORD_MAX + 1)),
});

export const chooseNewPassword = publicAction(
  { schema, secret: ["token", "password"], firstOfRepeated: true },
  async ({ token, password }) => {
    const problem = passwordProblem(password);
    if (problem) return fail("Please choose another password.", { password: problem });
    if (!isWellFormedToken(token) || !(await resetPassword(hashManageToken(token), await hashPassword(password)))) {
      return fail("This reset link has expired or was already used. Ask for a new one.");
    }
    redirect("/login?notice=reset");
  },
);
