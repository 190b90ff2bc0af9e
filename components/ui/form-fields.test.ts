import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextField } from "./form-fields";

const text = (html: string) => html.replace(/<[^>]+>/g, "");
/** What a screen reader hears as the field's name, and as its description. */
function read(html: string) {
  const label = html.match(/<label[^>]*>(.*?)<\/label>/)?.[1] ?? "";
  const hint = html.match(/<p id="[^"]*-hint"[^>]*>(.*?)<\/p>/)?.[1] ?? null;
  return { label: text(label), hint: hint === null ? null : text(hint) };
}

describe("a field's label", () => {
  it("says “(optional)” for an optional field and nothing for a required one", () => {
    expect(read(renderToStaticMarkup(createElement(TextField, { name: "company", label: "Company" })))).toEqual({
      label: "Company (optional)",
      hint: null,
    });
    expect(
      read(renderToStaticMarkup(createElement(TextField, { name: "company", label: "Company", required: true }))),
    ).toEqual({ label: "Company", hint: null });
  });

  it("names a field required in some cases once, in its hint, never as “(optional)”", () => {
    const html = renderToStaticMarkup(
      createElement(TextField, { name: "reason", label: "Reason", requiredWhen: "when not hired", hint: "Say why." }),
    );
    expect(read(html)).toEqual({ label: "Reason", hint: "Required when not hired. Say why." });
    expect(html).toContain('aria-describedby="reason-hint"');
    expect(html).not.toContain("required=");
  });
});
