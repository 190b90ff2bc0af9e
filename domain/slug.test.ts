import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["Anna Kowalczyk", "anna-kowalczyk"],
    ["Zoë O'Brien", "zoe-o-brien"],
    ["Michał Łukasz Groß", "michal-lukasz-gross"],
    ["  Skills -- you need!  ", "skills-you-need"],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text, "x")).toBe(slug);
  });
  it("falls back when nothing usable is left and never ends on a dash after cutting", () => {
    expect(slugify("日本語", "expert")).toBe("expert");
    expect(slugify("abc def", "x", 4)).toBe("abc");
  });
});

describe("uniqueSlug", () => {
  it("appends the first free number", () => {
    const taken = new Set(["anna", "anna-2"]);
    expect(uniqueSlug("anna", (slug) => taken.has(slug))).toBe("anna-3");
    expect(uniqueSlug("daniel", (slug) => taken.has(slug))).toBe("daniel");
  });
});
