import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("lets a later class win over a conflicting one and drops falsy parts", () => {
    expect(cn("rounded-(--radius-card) border border-line bg-white p-5", "p-6", false && "hidden")).toBe(
      "rounded-(--radius-card) border border-line bg-white p-6",
    );
  });
  it("knows the project's colour tokens and arbitrary shadows", () => {
    expect(cn("text-brand-700", "text-ink-muted")).toBe("text-ink-muted");
    expect(cn("font-semibold", "font-normal")).toBe("font-normal");
    expect(cn("shadow-(--shadow-card)", "shadow-none")).toBe("shadow-none");
    expect(cn("border-line", "border-amber-300")).toBe("border-amber-300");
  });
});
