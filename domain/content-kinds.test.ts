import { describe, expect, it } from "vitest";
import { deletedNotice, guideSections, pickSection, roleSections, rowLabel, sectionTitle } from "./content-kinds";

describe("the content editor's sections", () => {
  it("opens the section named in the URL, and the first one for anything else", () => {
    expect(pickSection(roleSections, "tool")).toBe("tool");
    expect(pickSection(roleSections, undefined)).toBe("page");
    expect(pickSection(roleSections, ["tool", "fact"])).toBe("page");
    expect(pickSection(roleSections, "comparison")).toBe("page");
    expect(pickSection(guideSections, "comparison")).toBe("comparison");
  });

  it("names sections and rows as the editor shows them", () => {
    expect(sectionTitle("page")).toBe("Page");
    expect(sectionTitle("seniority")).toBe("Seniority levels");
    expect(rowLabel("seniority", { id: 3, name: "Junior" })).toBe("Junior");
    expect(rowLabel("comparison", { id: 4, aspect: "Skill set" })).toBe("Skill set");
    expect(rowLabel("tool", { id: 5, name: "" })).toBe("#5");
  });

  it("says what a deletion did", () => {
    expect(deletedNotice("Junior")).toBe("Deleted Junior. The public page no longer shows it.");
    expect(deletedNotice("")).toBe("That entry was already deleted.");
    expect(deletedNotice(undefined)).toBeUndefined();
    expect(deletedNotice(["a", "b"])).toBeUndefined();
  });
});
