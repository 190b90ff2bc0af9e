import { z } from "zod";
import type { ActionState } from "@/components/admin/action-form";
import { firstErrors } from "./form-state";

/** A staff form's refusal with one sentence above the form. */
export const fail = (message: string, fieldErrors?: Record<string, string | undefined>): ActionState => ({ status: "error", message, fieldErrors });

/** A zod refusal: the first problem above the form, and each field's own message next to it. */
export function invalid(error: z.ZodError): ActionState {
  return fail(error.issues[0]?.message ?? "Check the form.", firstErrors(z.flattenError(error).fieldErrors));
}
