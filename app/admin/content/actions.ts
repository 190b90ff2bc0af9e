"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createRole, deleteContentRow, saveContentRow, updateRole } from "@/db/queries/content-admin";
import { contentKindNames, contentKinds, rowLabel } from "@/lib/content-kinds";
import { fail, invalid, type ActionState } from "@/lib/action-state";
import { revalidateContent } from "@/lib/revalidate-content";
import { recordAudit } from "@/db/queries/audit";
import { requireStaff } from "@/lib/session";

const staff = () => requireStaff("/admin/content");
const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? issue.message : "Check the form.";
};

const roleFields = z.object({
  name: z.string().trim().min(1, "Name is required.").max(60),
  headline: z.string().trim().min(1, "Headline is required.").max(160),
  summary: z.string().trim().min(1, "Summary is required.").max(300),
  salaryYear: z.coerce.number({ error: "Salary year must be a number." }).int().min(2000, "Salary year looks wrong.").max(2100),
});

export async function addRole(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const parsed = roleFields
    .extend({ slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, "The address may use lower-case letters, digits and dashes.") })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const result = createRole(actor, parsed.data);
  if (!result.ok) return fail(result.message);
  recordAudit(actor.id, "content.edit", `role ${parsed.data.slug}`, "created");
  revalidateContent();
  redirect(`/admin/content/roles/${parsed.data.slug}`);
}

export async function editRole(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const parsed = roleFields.extend({ id: z.coerce.number().int().positive() }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const { id, ...fields } = parsed.data;
  updateRole(actor, id, fields);
  recordAudit(actor.id, "content.edit", `role #${id}`, "page fields");
  revalidateContent();
  return { status: "success", message: "Saved. The public page shows the change now." };
}

const target = z.object({
  kind: z.enum(contentKindNames as [string, ...string[]]).transform((kind) => kind as keyof typeof contentKinds),
  parentId: z.coerce.number().int().positive(),
  id: z.preprocess((value) => (value === "" || value === null ? null : value), z.coerce.number().int().positive().nullable()),
});

export async function saveRow(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const where = target.safeParse(Object.fromEntries(formData));
  if (!where.success) return fail("This form is out of date; reload the page.");
  const values = contentKinds[where.data.kind].schema.safeParse(Object.fromEntries(formData));
  if (!values.success) return invalid(values.error);
  const result = saveContentRow(actor, where.data.kind, where.data.parentId, where.data.id, values.data);
  if (!result.ok) return fail(result.message);
  recordAudit(actor.id, "content.edit", `${where.data.kind} #${where.data.id ?? "new"}`, where.data.id === null ? "added" : "saved");
  revalidateContent();
  return { status: "success", message: where.data.id === null ? "Added. The public page shows it now." : "Saved. The public page shows the change now." };
}

export async function deleteRow(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const where = target.safeParse(Object.fromEntries(formData));
  if (!where.success || where.data.id === null) return fail("This form is out of date; reload the page.");
  const result = deleteContentRow(actor, where.data.kind, where.data.parentId, where.data.id);
  if (!result.ok) return fail(result.message);
  recordAudit(actor.id, "content.edit", `${where.data.kind} #${where.data.id}`, "deleted");
  revalidateContent();
  // The row's form goes with the row, so its answer could not be seen (the page showed the add
  // form's old "Added…" instead): the section says what was deleted, through the URL.
  const kind = where.data.kind;
  const page = contentKinds[kind].parent === "role" ? "roles" : "guides";
  if (!result.parentSlug) return { status: "success", message: "Deleted." };
  const notice = new URLSearchParams({ section: kind, deleted: result.deleted ? rowLabel(kind, result.deleted) : "" });
  redirect(`/admin/content/${page}/${result.parentSlug}?${notice.toString()}`);
}
