import { describe, expect, it } from "vitest";
import { slotSchema } from "./booking";

describe("slotSchema", () => {
  it("accepts a start time as milliseconds", () => {
    expect(slotSchema.parse({ expert: "1", start: String(Date.UTC(2027, 0, 4, 9)) })).toEqual({ expert: 1, start: Date.UTC(2027, 0, 4, 9) });
  });

  it("refuses times no time zone can show, and anything that is not a whole positive number", () => {
    for (const start of ["8640000000000000", "1e300", "-1", "1.5", "tomorrow", ""]) expect(slotSchema.safeParse({ expert: "1", start }).success, start).toBe(false);
  });
});
