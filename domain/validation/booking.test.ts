import { describe, expect, it } from "vitest";
import { cancelReasonSchema, slotSchema } from "./booking";
import { changeReason } from "./fields";

describe("slotSchema", () => {
  it("accepts a start time as milliseconds", () => {
    expect(slotSchema.parse({ expert: "1", start: String(Date.UTC(2027, 0, 4, 9)) })).toEqual({
      expert: 1,
      start: Date.UTC(2027, 0, 4, 9),
    });
  });

  it("refuses times no time zone can show, and anything that is not a whole positive number", () => {
    for (const start of ["8640000000000000", "1e300", "-1", "1.5", "tomorrow", ""])
      expect(slotSchema.safeParse({ expert: "1", start }).success, start).toBe(false);
  });
});

describe("cancelReasonSchema", () => {
  it("keeps an optional, trimmed reason up to 500 characters", () => {
    expect(cancelReasonSchema.parse("  Role filled  ")).toBe("Role filled");
    expect(cancelReasonSchema.parse("   ")).toBeNull();
    expect(cancelReasonSchema.parse("x".repeat(500))).toHaveLength(500);
    expect(cancelReasonSchema.safeParse("x".repeat(501)).error?.issues[0]?.message).toBe(
      "Keep the reason under 500 characters.",
    );
    expect(cancelReasonSchema.safeParse("Role\u202Efilled").success).toBe(false);
  });
});

describe("changeReason", () => {
  it("is the one rule for every reason someone else reads (stage, call, interview): plain text, line breaks kept", () => {
    expect(changeReason.parse(" Moved abroad.\nSorry! ")).toBe("Moved abroad.\nSorry!");
    expect(changeReason.safeParse("Found\u202Eelsewhere").error?.issues[0]?.message).toBe(
      "Remove the invisible or control characters from the reason.",
    );
    expect(changeReason.safeParse("Bell\u0007").success).toBe(false);
  });
});
