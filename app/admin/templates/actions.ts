"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import { deleteTemplate, saveTemplate } from "@/db/queries/written-emails";
import { fail } from "@/domain/action-state";
import { optionalRecordId, recordId } from "@/domain/validation/fields";
import { writtenEmailFields } from "@/domain/validation/written-email";
import { staffAction } from "@/services/action";

const returnTo = "/admin/templates";

export const saveEmailTemplate = staffAction(
  {
    returnTo,
    schema: z.object({
      id: optionalRecordId,
      name: z.string().trim().min(1, "Name the template.").max(80, "Keep the name under 80 characters."),
      ...writtenEmailFields,
    }),
  },
  async ({ id, ...input }, actor) => {
    const result = await withAudit(
      actor,
      () => saveTemplate(actor, id, input),
      (outcome) => outcome === "saved" && { action: "template.save", subject: input.name },
    );
    if (result === "missing") return fail("This template no longer exists.");
    if (result === "name-taken") return fail("Another template has this name.", { name: "Choose another name." });
    revalidatePath(returnTo);
    return { status: "success", message: id === null ? "Template added." : "Template saved." };
  },
);

export const deleteEmailTemplate = staffAction(
  { returnTo, schema: z.object({ id: recordId }) },
  async ({ id }, actor) => {
    const deleted = await withAudit(
      actor,
      () => deleteTemplate(actor, id),
      (ok) => ok && { action: "template.delete", subject: `template #${id}` },
    );
    if (!deleted) return fail("This template no longer exists.");
    revalidatePath(returnTo);
    return { status: "success", message: "Template deleted." };
  },
);
