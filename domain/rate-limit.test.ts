import { describe, expect, it } from "vitest";
import { formatRetryAfter, hashRateLimitKey } from "./rate-limit";

describe("rate-limit keys", () => {
  it("are keyed: the same subject under another secret is another key", () => {
    expect(hashRateLimitKey("a", "login:bob@x.com")).toBe(hashRateLimitKey("a", "login:bob@x.com"));
    expect(hashRateLimitKey("a", "login:bob@x.com")).not.toBe(hashRateLimitKey("b", "login:bob@x.com"));
    expect(hashRateLimitKey("a", "login:bob@x.com")).not.toContain("bob");
  });
});

describe("formatRetryAfter", () => {
  it("rounds up to whole minutes, then hours", () => {
    expect(formatRetryAfter(1)).toBe("1 minute");
    expect(formatRetryAfter(14 * 60_000 + 1)).toBe("15 minutes");
    expect(formatRetryAfter(5 * 60 * 60_000)).toBe("5 hours");
  });
});
