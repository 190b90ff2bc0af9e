import { describe, expect, it } from "vitest";
import {
  contentKinds,
  deletedNotice,
  editorPath,
  guideSections,
  pickSection,
  roleSections,
  rowLabel,
  sectionTitle,
  siteSections,
} from "./content-kinds";

describe("the content editor's sections", () => {
  it("opens the section named in the URL, and the first one for anything else", () => {
    expect(pickSection(roleSections, "tool")).toBe("tool");
    expect(pickSection(roleSections, undefined)).toBe("page");
    expect(pickSection(roleSections, ["tool", "fact"])).toBe("page");
    expect(pickSection(roleSections, "comparison")).toBe("page");
    expect(pickSection(guideSections, "comparison")).toBe("comparison");
    expect(pickSection(siteSections, "faq")).toBe("faq");
    expect(pickSection(siteSections, "tool")).toBe("step");
  });

  it("names sections and rows as the editor shows them", () => {
    expect(sectionTitle("page")).toBe("Page");
    expect(sectionTitle("seniority")).toBe("Seniority levels");
    expect(rowLabel("seniority", { id: 3, name: "Junior" })).toBe("Junior");
    expect(rowLabel("comparison", { id: 4, aspect: "Skill set" })).toBe("Skill set");
    expect(rowLabel("tool", { id: 5, name: "" })).toBe("#5");
    expect(sectionTitle("faq")).toBe("Questions and answers");
    expect(rowLabel("faq", { id: 6, question: "How do you vet developers?" })).toBe("How do you vet developers?");
    expect(rowLabel("step", { id: 7, title: "Discovery call" })).toBe("Discovery call");
    expect(rowLabel("hiringModel", { id: 8, name: "Contract" })).toBe("Contract");
  });

  it("sends each list back to the page it is edited on", () => {
    expect(editorPath("tool", "backend")).toBe("/admin/content/roles/backend");
    expect(editorPath("comparison", "backend-development")).toBe("/admin/content/guides/backend-development");
    expect(editorPath("faq", null)).toBe("/admin/content/how-it-works");
    expect(editorPath("step", "ignored")).toBe("/admin/content/how-it-works");
    expect(editorPath("tool", null)).toBeNull();
  });

  it("says what a deletion did", () => {
    expect(deletedNotice("Junior")).toBe("Deleted Junior. The public page no longer shows it.");
    expect(deletedNotice("")).toBe("That entry was already deleted.");
    expect(deletedNotice(undefined)).toBeUndefined();
    expect(deletedNotice(["a", "b"])).toBeUndefined();
  });
});

/** Each field's first message, as the editor shows it next to the field. */
function fieldErrors(kind: keyof typeof contentKinds, form: Record<string, string>) {
  const parsed = contentKinds[kind].schema.safeParse(form);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("the site-wide lists' fields", () => {
  it("keep a step with its time, and put it last when no order is given", () => {
    const parsed = contentKinds.step.schema.parse({
      title: "  Discovery call ",
      duration: "30 minutes",
      sortOrder: "",
      description: "We learn what you need.",
    });
    expect(parsed).toEqual({ title: "Discovery call", duration: "30 minutes", description: "We learn what you need." });
    expect(
      contentKinds.step.schema.parse({ title: "a", duration: "b", description: "c", sortOrder: "2" }).sortOrder,
    ).toBe(2);
  });

  it("refuse a step without a time, an order that is not a whole number, and text that is too long", () => {
    expect(fieldErrors("step", { title: "Shortlist", duration: " ", description: "x", sortOrder: "1.5" })).toEqual({
      duration: "How long it usually takes is required.",
      sortOrder: "Order must be a whole number.",
    });
    expect(fieldErrors("step", { title: "x".repeat(81), duration: "1 day", description: "x".repeat(601) })).toEqual({
      title: "Step: at most 80 characters.",
      description: "What happens: at most 600 characters.",
    });
    expect(fieldErrors("step", { title: "x", duration: "1 day", description: "x", sortOrder: "-1" })).toEqual({
      sortOrder: "Order must be 0 or more.",
    });
  });

  it("need a hiring model's name, how it works and whom it suits", () => {
    expect(fieldErrors("hiringModel", { name: "Contract", description: "", bestFor: "" })).toEqual({
      description: "How it works is required.",
      bestFor: "Best for is required.",
    });
    expect(
      fieldErrors("hiringModel", { name: "Team", description: "Several developers.", bestFor: "New products." }),
    ).toEqual({});
  });

  it("need a question and its answer, within their lengths", () => {
    expect(fieldErrors("faq", { question: "", answer: "Yes." })).toEqual({ question: "Question is required." });
    expect(fieldErrors("faq", { question: "Why?", answer: "x".repeat(2001) })).toEqual({
      answer: "Answer: at most 2000 characters.",
    });
    expect(fieldErrors("faq", { question: "Why?", answer: "Because.\n\nTwo paragraphs." })).toEqual({});
  });
});
