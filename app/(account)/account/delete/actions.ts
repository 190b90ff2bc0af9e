"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { eraseCandidate } from "@/db/queries/candidates";
import { type FieldErrors, fail } from "@/domain/action-state";
import { candidateAction } from "@/services/action";
import { deleteCv } from "@/services/cv-storage";
import { checkOwnPassword } from "@/services/own-password";
import { revalidateDirectory } from "@/services/revalidate-content";

/** Never refused here: both problems (no tick, wrong password) are reported together below. */
const schema = z.object({
  password: z
    .string()
    .catch("")
    .transform((password) => password.slice(0, 256)),
  confirm: z.string().optional(),
});

export const deleteAccount = candidateAction(
  { returnTo: "/account/delete", schema, secret: ["password"], firstOfRepeated: true },
  async ({ password, confirm }, user) => {
    const errors: FieldErrors = {};
    if (confirm !== "on") errors.confirm = "Tick the box to confirm that you want to delete everything.";
    const check = await checkOwnPassword(user.id, password);
    if (!check.ok) errors.password = check.throttled ?? "That is not your password.";
    if (Object.keys(errors).length > 0) return fail("Your account was not deleted.", errors);
    const { cvKey, listed } = await eraseCandidate(user);
    await deleteCv(cvKey);
    if (listed) revalidateDirectory();
    redirect("/login?notice=deleted");
  },
);
