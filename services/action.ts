import "server-only";
import type { z } from "zod";
import type { LiveSession } from "@/db/queries/sessions";
import { type ActionState, fail, formValues, invalid, UNREADABLE_FORM } from "@/domain/action-state";
import { requireRole, requireStaff, requireUser } from "./session";

type Options<Schema extends z.ZodType> = {
  schema: Schema;
  /** Fields never echoed back after an error (passwords, tokens). */
  secret?: readonly string[];
  /** The sentence above the form when the schema refuses it; by default its first problem. */
  summary?: string;
  /**
   * A field sent twice counts by its first value, as `FormData.get` reads it (by default by its last,
   * as `Object.fromEntries` does): the token and password forms, where a forged copy sent first
   * must not let the real one behind it through.
   */
  firstOfRepeated?: boolean;
};
type Work<Input, Actor, Success extends object> = (
  input: Input,
  actor: Actor,
  formData: FormData,
) => Promise<ActionState<Success>>;
type FormAction<Success extends object> = (
  previous: ActionState<Success>,
  formData: FormData,
) => Promise<ActionState<Success>>;

/**
 * Every form action reads the same way: who is calling and may they (an action is a public
 * endpoint, whatever the page checked), then the form through its zod schema (the first problem
 * above the form, each field's own message next to it), then the work. An error answer carries
 * the submitted values back, so no input is lost; `redirect()` in the work passes straight through.
 */
function formAction<Actor, Schema extends z.ZodType, Success extends object>(
  authorize: () => Promise<Actor>,
  { schema, secret = [], summary, firstOfRepeated = false }: Options<Schema>,
  work: Work<z.output<Schema>, Actor, Success>,
): FormAction<Success> {
  return async (_previous, formData) => {
    const actor = await authorize();
    // Only a script calls an action with something else than a form: refused like an unreadable form.
    if (!(formData instanceof FormData)) return fail(UNREADABLE_FORM);
    const fields = firstOfRepeated
      ? Object.fromEntries([...new Set(formData.keys())].map((key) => [key, formData.get(key)]))
      : Object.fromEntries(formData);
    const parsed = schema.safeParse(fields);
    const result = parsed.success ? await work(parsed.data, actor, formData) : invalid(parsed.error, summary);
    return result.status === "error" ? { ...result, values: formValues(formData, secret) } : result;
  };
}

/** An action of the dashboard: admins and talent managers (`adminOnly`: admins). */
export const staffAction = <Schema extends z.ZodType, Success extends object = { message: string }>(
  options: Options<Schema> & { returnTo: string; adminOnly?: boolean },
  work: Work<z.output<Schema>, LiveSession, NoInfer<Success>>,
) =>
  formAction(
    () => (options.adminOnly ? requireRole(options.returnTo, "admin") : requireStaff(options.returnTo)),
    options,
    work,
  );

/** An action on a candidate's own account. */
export const candidateAction = <Schema extends z.ZodType, Success extends object = { message: string }>(
  options: Options<Schema> & { returnTo: string },
  work: Work<z.output<Schema>, LiveSession, NoInfer<Success>>,
) => formAction(() => requireRole(options.returnTo, "candidate"), options, work);

/** An action on one's own account, staff or candidate. */
export const userAction = <Schema extends z.ZodType, Success extends object = { message: string }>(
  options: Options<Schema> & { returnTo: string },
  work: Work<z.output<Schema>, LiveSession, NoInfer<Success>>,
) => formAction(() => requireUser(options.returnTo), options, work);

/** An action anyone may send (rate limits and form tokens are the work's own first steps). */
export const publicAction = <Schema extends z.ZodType, Success extends object = { message: string }>(
  options: Options<Schema>,
  work: (input: z.output<Schema>, formData: FormData) => Promise<ActionState<NoInfer<Success>>>,
) =>
  formAction(
    async () => null,
    options,
    (input, _actor, formData) => work(input, formData),
  );
