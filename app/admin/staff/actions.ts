"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import { addStaff, updateStaff } from "@/db/queries/staff";
import { STAFF_ROLES } from "@/db/queries/users";
import { fail } from "@/domain/action-state";
import { passwordProblem } from "@/domain/password-policy";
import { workEmail } from "@/domain/validation/contact";
import { recordId } from "@/domain/validation/fields";
import { staffAction } from "@/services/action";
import { hashPassword } from "@/services/passwords";

const returnTo = "/admin/staff";
const role = z.enum(STAFF_ROLES, { error: "Choose a role." });

export const createStaffMember = staffAction(
  {
    returnTo,
    adminOnly: true,
    secret: ["password"],
    schema: z.object({
      name: z.string().trim().min(1, "Enter a name.").max(100),
      email: workEmail,
      role,
      password: z.string().max(128),
    }),
  },
  async ({ password, ...fields }, actor) => {
    const problem = passwordProblem(password, { email: fields.email, name: fields.name });
    if (problem) return fail(`Password: ${problem}`);
    const passwordHash = await hashPassword(password);
    const added = await withAudit(
      actor,
      () => addStaff(actor, { ...fields, passwordHash }),
      (ok) => ok && { action: "staff.create", subject: fields.email, details: fields.role },
    );
    if (!added) return fail("An account with this email already exists.");
    revalidatePath("/admin/staff");
    return { status: "success", message: `${fields.name} can now sign in.` };
  },
);

export const changeStaffMember = staffAction(
  { returnTo, adminOnly: true, schema: z.object({ id: recordId, role, active: z.enum(["yes", "no"]) }) },
  async (input, actor) => {
    const change = { role: input.role, active: input.active === "yes" };
    const changed = await withAudit(
      actor,
      () => updateStaff(actor, input.id, change),
      (ok) =>
        ok && {
          action: "staff.update",
          subject: `user #${input.id}`,
          details: `${change.role}, ${change.active ? "active" : "deactivated"}`,
        },
    );
    if (!changed) return fail("You cannot change your own account here.");
    revalidatePath("/admin/staff");
    return { status: "success", message: "Saved." };
  },
);
