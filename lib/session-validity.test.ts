import { describe, expect, it } from "vitest";
import { sessionStillValid } from "./session-validity";

describe("sessionStillValid", () => {
  const change = new Date("2026-11-21T10:00:00.700Z");
  const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

  it("refuses a session issued before the password change", () => {
    expect(sessionStillValid(seconds("2026-11-21T09:59:59.999Z"), change)).toBe(false);
  });

  it("accepts a sign-in in the same second as the change (its issue time is rounded down)", () => {
    expect(sessionStillValid(seconds("2026-11-21T10:00:00.900Z"), change)).toBe(true);
  });

  it("accepts later sessions, and every session when nothing was cut off", () => {
    expect(sessionStillValid(seconds("2026-11-21T10:00:01Z"), change)).toBe(true);
    expect(sessionStillValid(seconds("2026-11-21T09:00:00Z"), null)).toBe(true);
  });
});
