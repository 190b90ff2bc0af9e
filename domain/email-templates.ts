/** The variables a written email may hold, and what each one becomes. */
export const templateVariables = {
  name: "The recipient's name",
  company: "The company's name",
  role: "The role the company hires for",
  reference: "The request's reference, e.g. BT-7K3M9Q",
  call_time: "The next discovery call, in the company contact's time zone",
  manager_name: "Your name",
  shortlist_link: "A new private link to the company's shortlist (earlier links stop working)",
} as const;
export type TemplateVariable = keyof typeof templateVariables;

/** What a candidate's email may use: the others are about a company's request. */
export const CANDIDATE_VARIABLES: readonly TemplateVariable[] = ["name", "manager_name"];

const VARIABLE = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The variables a text uses, in order of first use. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1] ?? ""))];
}

/** The variables of `text` that are not among `allowed`, written as {{name}}: an empty list is fine. */
export function unknownVariables(text: string, allowed: readonly string[]): string[] {
  return variablesIn(text)
    .filter((name) => !allowed.includes(name))
    .map((name) => `{{${name}}}`);
}

/** The text with each {{variable}} replaced by its value (all must be known: check with unknownVariables first). */
export function fillTemplate(text: string, values: Partial<Record<TemplateVariable, string>>): string {
  return text.replace(VARIABLE, (whole, name: string) => values[name as TemplateVariable] ?? whole);
}

/** A written body as the email's paragraphs: split at blank lines, each paragraph's lines kept. */
export const paragraphsOf = (body: string) =>
  body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
