"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import {
  type ContentRefusal,
  createRole,
  deleteContentRow,
  saveContentRow,
  updateRole,
} from "@/db/queries/content-admin";
import { fail, invalid } from "@/domain/action-state";
import { contentKindNames, contentKinds, editorPath, rowLabel } from "@/domain/content-kinds";
import { OUT_OF_DATE, optionalRecordId, recordId } from "@/domain/validation/fields";
import { staffAction } from "@/services/action";
import { revalidateContent } from "@/services/revalidate-content";

/** What the editor says when the content layer refuses an edit. */
const refusals: Record<ContentRefusal, string> = {
  "duplicate-name": "Another entry in this list already has that name.",
  "duplicate-address": "A role with that address already exists.",
  gone: "This entry no longer exists; reload the page.",
  "comparison-section": "This section holds the frontend-vs-backend table; edit its heading and text instead.",
};

const returnTo = "/admin/content";

const roleFields = z.object({
  name: z.string().trim().min(1, "Name is required.").max(60),
  headline: z.string().trim().min(1, "Headline is required.").max(160),
  summary: z.string().trim().min(1, "Summary is required.").max(300),
  salaryYear: z.coerce
    .number({ error: "Salary year must be a number." })
    .int()
    .min(2000, "Salary year looks wrong.")
    .max(2100),
});

export const addRole = staffAction(
  {
    returnTo,
    schema: roleFields.extend({
      slug: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9][a-z0-9-]{0,40}$/, "The address may use lower-case letters, digits and dashes."),
    }),
  },
  async (input, actor) => {
    const result = await withAudit(
      actor,
      () => createRole(actor, input),
      (saved) => saved.ok && { action: "content.edit", subject: `role ${input.slug}`, details: "created" },
    );
    if (!result.ok) return fail(refusals[result.reason]);
    revalidateContent();
    redirect(`/admin/content/roles/${input.slug}`);
  },
);

export const editRole = staffAction(
  { returnTo, schema: roleFields.extend({ id: recordId }) },
  async ({ id, ...fields }, actor) => {
    await withAudit(
      actor,
      () => updateRole(actor, id, fields),
      (saved) => saved.ok && { action: "content.edit", subject: `role #${id}`, details: "page fields" },
    );
    revalidateContent();
    return { status: "success", message: "Saved. The public page shows the change now." };
  },
);

/**
 * Which row of which list: hidden fields, so any problem means the page is older than the data. A
 * role's or guide's list names its parent; the site-wide lists have none.
 */
const target = z
  .object({
    kind: z
      .enum(contentKindNames as [string, ...string[]], { error: OUT_OF_DATE })
      .transform((kind) => kind as keyof typeof contentKinds),
    parentId: optionalRecordId,
    id: optionalRecordId,
  })
  .refine((where) => (contentKinds[where.kind].parent === "site") === (where.parentId === null), {
    path: ["parentId"],
    message: OUT_OF_DATE,
  });

export const saveRow = staffAction({ returnTo, schema: target }, async (where, actor, formData) => {
  const values = contentKinds[where.kind].schema.safeParse(Object.fromEntries(formData));
  if (!values.success) return invalid(values.error);
  const result = await withAudit(
    actor,
    () => saveContentRow(actor, where.kind, where.parentId, where.id, values.data),
    (saved) =>
      saved.ok && {
        action: "content.edit",
        subject: `${where.kind} #${where.id ?? "new"}`,
        details: where.id === null ? "added" : "saved",
      },
  );
  if (!result.ok) return fail(refusals[result.reason]);
  revalidateContent();
  return {
    status: "success",
    message:
      where.id === null ? "Added. The public page shows it now." : "Saved. The public page shows the change now.",
  };
});

export const deleteRow = staffAction({ returnTo, schema: target }, async (where, actor) => {
  if (where.id === null) return fail(OUT_OF_DATE);
  const id = where.id;
  const result = await withAudit(
    actor,
    () => deleteContentRow(actor, where.kind, where.parentId, id),
    (deleted) => deleted.ok && { action: "content.edit", subject: `${where.kind} #${id}`, details: "deleted" },
  );
  if (!result.ok) return fail(refusals[result.reason]);
  revalidateContent();
  // The row's form goes with the row, so its answer could not be seen (the page showed the add
  // form's old "Added…" instead): the section says what was deleted, through the URL.
  const page = editorPath(where.kind, result.value.parentSlug);
  if (!page) return { status: "success", message: "Deleted." };
  const notice = new URLSearchParams({
    section: where.kind,
    deleted: result.value.deleted ? rowLabel(where.kind, result.value.deleted) : "",
  });
  redirect(`${page}?${notice.toString()}`);
});
