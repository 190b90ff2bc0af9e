import { type CheerioAPI, load } from "cheerio";

/*
 * Server-rendered HTML read the way a browser without JavaScript sees it, for the suites that speak
 * HTTP (the hostile-input specs, crash and shutdown, the bench). It lives in testing/, beside
 * nginx.ts, so that e2e/ and scripts/ share it without importing each other.
 */

type HtmlForm = {
  /** Name/value pairs of the hidden inputs, in document order, as the browser would post them. */
  hiddenInputs: [string, string][];
  /** The values of a `<select name=…>`'s options, empty ones aside. */
  selectOptions: (name: string) => string[];
};

/** The first form that contains an element matching `selector` (e.g. `input[name="formToken"]`). */
export function findForm(html: string, selector: string): HtmlForm {
  const $ = load(html);
  const form = $("form")
    .filter((_, element) => $(element).find(selector).length > 0)
    .first();
  if (form.length === 0) throw new Error(`no form containing ${selector}`);
  return {
    hiddenInputs: form
      .find('input[type="hidden"][name]')
      .toArray()
      .map((input) => [$(input).attr("name") ?? "", $(input).attr("value") ?? ""]),
    selectOptions: (name) =>
      form
        .find(`select[name="${name}"] option`)
        .toArray()
        .map((option) => $(option).attr("value") ?? "")
        .filter(Boolean),
  };
}

/** `src` of every `<script src>` a modern browser loads (`noModule` scripts are for old ones). */
export const scriptSources = (html: string) => {
  const $ = load(html);
  return $("script[src]:not([nomodule])")
    .toArray()
    .map((script) => $(script).attr("src") ?? "");
};

/** Every link whose `href` starts with `prefix`. */
export const hrefs = (html: string, prefix: string) => {
  const $ = load(html);
  return $("a[href]")
    .toArray()
    .map((link) => $(link).attr("href") ?? "")
    .filter((href) => href.startsWith(prefix));
};

/** Text with a space wherever an element starts or ends, as a reader sees separate blocks. */
const spacedText = ($: CheerioAPI, selector: string) =>
  $(selector)
    .first()
    .find("*:not(script):not(style)")
    .addBack()
    .contents()
    .toArray()
    .filter((node) => node.type === "text")
    .map((node) => $(node).text())
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();

/** The readable text of the page's main region (the whole body when it has none): short enough to print when a check fails. */
export function mainText(html: string) {
  const $ = load(html);
  return spacedText($, $("main").length > 0 ? "main" : "body");
}

/** The message shown under a field (see components/ui/form-fields.tsx), or "" when it has none. */
export const fieldError = (html: string, field: string) => load(html)(`[id="${field}-error"]`).first().text();
