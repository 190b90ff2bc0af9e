"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fail, type ActionState } from "@/lib/action-state";
import { recordAudit } from "@/db/queries/audit";
import { addStaff, updateStaff } from "@/db/queries/staff";
import { STAFF_ROLES } from "@/db/queries/users";
import { passwordProblem } from "@/lib/password-policy";
import { hashPassword } from "@/lib/passwords";
import { requireRole } from "@/lib/session";
import { workEmail } from "@/lib/validation/contact";

const role = z.enum(STAFF_ROLES, { error: "Choose a role." });

export async function createStaffMember(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("/admin/staff", "admin");
  const parsed = z
    .object({ name: z.string().trim().min(1, "Enter a name.").max(100), email: workEmail, role, password: z.string().max(128) })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  const problem = passwordProblem(parsed.data.password, { email: parsed.data.email, name: parsed.data.name });
  if (problem) return fail(`Password: ${problem}`);
  const { password, ...fields } = parsed.data;
  if (!addStaff(actor, { ...fields, passwordHash: await hashPassword(password) })) return fail("An account with this email already exists.");
  recordAudit(actor.id, "staff.create", parsed.data.email, parsed.data.role);
  revalidatePath("/admin/staff");
  return { status: "success", message: `${parsed.data.name} can now sign in.` };
}

export async function changeStaffMember(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("/admin/staff", "admin");
  const parsed = z.object({ id: z.coerce.number().int().positive(), role, active: z.enum(["yes", "no"]) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? "Check the form.");
  const change = { role: parsed.data.role, active: parsed.data.active === "yes" };
  if (!updateStaff(actor, parsed.data.id, change)) return fail("You cannot change your own account here.");
  recordAudit(actor.id, "staff.update", `user #${parsed.data.id}`, `${change.role}, ${change.active ? "active" : "deactivated"}`);
  revalidatePath("/admin/staff");
  return { status: "success", message: "Saved." };
}
