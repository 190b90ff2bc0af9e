import { describe, expect, it } from "vitest";
import { desiredStartLabel, optionsOf, plural, stageTitles } from "./labels";

describe("labels", () => {
  it("names stored values in words", () => {
    expect(desiredStartLabel("within-1-month")).toBe("Within a month");
    expect(desiredStartLabel("something-new")).toBe("something-new");
    expect(optionsOf(stageTitles)).toContainEqual({ value: "technical_interview", label: "Technical interview" });
  });
  it("counts in the singular and the plural", () => {
    expect(plural(1, "row")).toBe("1 row");
    expect(plural(0, "row")).toBe("0 rows");
    expect(plural(12_000, "candidate")).toBe("12,000 candidates");
  });
});
