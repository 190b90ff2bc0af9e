import { describe, expect, it } from "vitest";
import { CANDIDATE_VARIABLES, fillTemplate, paragraphsOf, unknownVariables, variablesIn } from "./email-templates";

describe("email templates", () => {
  it("fills every variable, with spaces inside the braces or not", () => {
    expect(fillTemplate("Hello {{name}}, about {{ company }}: {{name}}", { name: "Jordan", company: "Ledgerly" })).toBe(
      "Hello Jordan, about Ledgerly: Jordan",
    );
  });
  it("names the variables a context does not have", () => {
    const text = "Hi {{name}}, here is {{shortlist_link}} and {{favourite_color}}";
    expect(variablesIn(text)).toEqual(["name", "shortlist_link", "favourite_color"]);
    expect(unknownVariables(text, CANDIDATE_VARIABLES)).toEqual(["{{shortlist_link}}", "{{favourite_color}}"]);
  });
  it("splits the body into paragraphs at blank lines", () => {
    expect(paragraphsOf("Hello,\r\n\r\nLine one\nline two\n\n\n  Thanks  ")).toEqual([
      "Hello,",
      "Line one\nline two",
      "Thanks",
    ]);
  });
});
