/** The one result shape every form action returns. Values are echoed back so no input is lost. */
export type FormState<Success = Record<string, never>> =
  | { status: "idle" }
  | ({ status: "success" } & Success)
  | { status: "error"; message: string; fieldErrors: Record<string, string | undefined>; values: Record<string, string> };

/** Collects the string fields of a form (files and secrets are never echoed). */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** First message per field from a zod error's flattened field errors. */
export function firstErrors(fieldErrors: Record<string, string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.[0]]));
}
