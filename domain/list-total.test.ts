import { describe, expect, it } from "vitest";
import { countText, totalLabel } from "./list-total";

describe("totalLabel", () => {
  it("says an exact count as it is, and a count past the limit as a floor", () => {
    expect(totalLabel({ count: 1, exact: true })).toBe("1 result");
    expect(totalLabel({ count: 0, exact: true })).toBe("0 results");
    expect(totalLabel({ count: 2345, exact: true })).toBe("2,345 results");
    expect(totalLabel({ count: 10_000, exact: false }, "request")).toBe("10,000+ requests");
    expect(countText({ count: 10_000, exact: false })).toBe("10,000+");
  });
});
