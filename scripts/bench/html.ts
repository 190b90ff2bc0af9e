/** Just enough HTML reading for the bench: React's server output is regular, so no DOM is needed. */

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", "#x27": "'", "#39": "'" };
export const decodeEntities = (text: string) => text.replace(/&(amp|quot|lt|gt|#x27|#39);/g, (_, name: string) => ENTITIES[name] ?? "");

/** Attributes of one start tag, e.g. `<input type="hidden" name="x" value="1"/>`; a bare attribute maps to "". */
export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/\s([\w$:.-]+)(?:="([^"]*)")?/g)) found[(match[1] ?? "").toLowerCase()] = decodeEntities(match[2] ?? "");
  return found;
}

const startTags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "gi"))].map((match) => match[0]);

/** The first `<form>…</form>` whose markup contains `marker`. */
export function findForm(html: string, marker: string): string {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/gi)].map((match) => match[0]).find((markup) => markup.includes(marker));
  if (!form) throw new Error(`no form containing ${marker}`);
  return form;
}

/** Name/value pairs of the hidden inputs, in document order, as a browser would post them. */
export const hiddenInputs = (form: string): [string, string][] =>
  startTags(form, "input")
    .map(attributes)
    .filter((input) => input.type === "hidden" && input.name)
    .map((input) => [input.name ?? "", input.value ?? ""]);

/** The values of a `<select name=…>`'s options, empty ones aside. */
export function selectOptions(form: string, name: string): string[] {
  const select = new RegExp(`<select\\b[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(form)?.[1] ?? "";
  return startTags(select, "option").map((tag) => attributes(tag).value ?? "").filter(Boolean);
}

/** `src` of every `<script src>` a modern browser loads (`noModule` scripts are for old ones). */
export const scriptSources = (html: string) =>
  startTags(html, "script")
    .map(attributes)
    .filter((script) => script.src && !("nomodule" in script))
    .map((script) => script.src ?? "");

export const hrefs = (html: string, prefix: string) =>
  startTags(html, "a")
    .map((tag) => attributes(tag).href ?? "")
    .filter((href) => href.startsWith(prefix));
