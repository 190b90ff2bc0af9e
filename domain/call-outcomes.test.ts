import { describe, expect, it } from "vitest";
import { allowedOutcomes, canStaffCancel } from "./call-outcomes";

const now = Date.UTC(2026, 10, 29, 12);
const call = (status: "confirmed" | "completed" | "no_show" | "cancelled", startOffsetMin: number) => ({
  status,
  startsAt: new Date(now + startOffsetMin * 60_000),
  endsAt: new Date(now + (startOffsetMin + 30) * 60_000),
});

describe("allowedOutcomes", () => {
  it("offers nothing before the call starts", () => {
    expect(allowedOutcomes(call("confirmed", 2 * 24 * 60), now)).toEqual([]);
    expect(allowedOutcomes(call("confirmed", 1), now)).toEqual([]);
  });
  it("offers both outcomes once started", () => {
    expect(allowedOutcomes(call("confirmed", 0), now)).toEqual(["completed", "no_show"]);
    expect(allowedOutcomes(call("confirmed", -600), now)).toEqual(["completed", "no_show"]);
  });
  it("lets a recorded outcome be corrected, and undone only while the call is on", () => {
    expect(allowedOutcomes(call("no_show", -10), now)).toEqual(["completed", "confirmed"]);
    expect(allowedOutcomes(call("completed", -10), now)).toEqual(["no_show", "confirmed"]);
    expect(allowedOutcomes(call("completed", -60), now)).toEqual(["no_show"]);
  });
  it("never changes a cancelled call", () => {
    expect(allowedOutcomes(call("cancelled", -60), now)).toEqual([]);
  });
});

describe("canStaffCancel", () => {
  it("allows a confirmed call until it ends", () => {
    expect(canStaffCancel(call("confirmed", 60), now)).toBe(true);
    expect(canStaffCancel(call("confirmed", -10), now)).toBe(true);
    expect(canStaffCancel(call("confirmed", -60), now)).toBe(false);
    expect(canStaffCancel(call("completed", 60), now)).toBe(false);
  });
});
