import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAppDatabase, openFreshDatabase } from "../test-database";

// The limits use the app's connections, configured by DATABASE_URL at import time.
let limits: typeof import("./rate-limits");
let rawKeys: () => Promise<string[]>;

beforeAll(async () => {
  const { db } = await openFreshDatabase("rate-limits", { seed: false });
  limits = await import("./rate-limits");
  const { rateLimits } = await import("../schema");
  rawKeys = async () => (await db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key);
});
afterAll(() => closeAppDatabase());

const HOUR = 60 * 60 * 1000;
const now = 1_800_000_000_000;

describe("rate limits", () => {
  it("store a keyed hash, never the email or address they count", async () => {
    await limits.consumeRateLimit("login-email:bob@x.com", 5, HOUR, now);
    await limits.consumeRateLimits([{ key: "reset-ip:203.0.113.9", max: 3, windowMs: HOUR }], now);
    const keys = await rawKeys();
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) {
      expect(key).not.toMatch(/bob|x\.com|203\.0\.113|login|reset/);
      expect(key).toMatch(/^[\w-]{43}$/);
    }
  });

  it("count every hit with consumeRateLimit and refuse past the limit until the window ends", async () => {
    const results = [];
    for (let hit = 0; hit < 4; hit++) results.push(await limits.consumeRateLimit("single", 3, HOUR, now));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect((await limits.consumeRateLimit("single", 3, HOUR, now + HOUR)).allowed).toBe(true);
  });

  it("consume all or nothing: a refused request uses up no counter", async () => {
    const pair = (max: number) => [
      { key: "pair-ip", max, windowMs: HOUR },
      { key: "pair-email", max: 10, windowMs: 24 * HOUR },
    ];
    expect((await limits.consumeRateLimits(pair(2), now)).allowed).toBe(true);
    expect((await limits.consumeRateLimits(pair(2), now + 1)).allowed).toBe(true);
    const refused = await limits.consumeRateLimits(pair(2), now + 2);
    expect(refused).toEqual({ allowed: false, retryAfterMs: HOUR - 2, counts: [2, 2] });
    // The refusals counted nothing: the daily counter still holds 2.
    expect((await limits.checkRateLimits(pair(2), now + 3)).counts).toEqual([2, 2]);
    expect((await limits.consumeRateLimits(pair(2), now + HOUR)).allowed).toBe(true);
  });

  it("count failures only when told, and a success clears its own counter", async () => {
    const failures = [{ key: "fail:a", max: 2, windowMs: HOUR }];
    expect((await limits.checkRateLimits(failures, now)).allowed).toBe(true);
    await limits.recordRateLimitFailure(failures, now);
    expect((await limits.checkRateLimits(failures, now)).allowed).toBe(true);
    await limits.recordRateLimitFailure(failures, now);
    expect(await limits.checkRateLimits(failures, now)).toMatchObject({
      allowed: false,
      retryAfterMs: HOUR,
      counts: [2],
    });
    await limits.clearRateLimit("fail:a");
    expect(await limits.checkRateLimits(failures, now)).toMatchObject({ allowed: true, counts: [0] });
  });

  it("take back a hit counted up front", async () => {
    const attempt = [{ key: "up-front", max: 1, windowMs: HOUR }];
    expect((await limits.consumeRateLimits(attempt, now)).allowed).toBe(true);
    await limits.releaseRateLimits(attempt);
    expect((await limits.consumeRateLimits(attempt, now)).allowed).toBe(true);
    expect((await limits.consumeRateLimits(attempt, now)).allowed).toBe(false);
  });

  it("let exactly the limit through when many requests arrive at once, and fail none of them", async () => {
    const both = (index: number) => [
      { key: "burst-ip:198.51.100.7", max: 10, windowMs: HOUR },
      { key: `burst-email:${index % 3}@x.com`, max: 100, windowMs: HOUR },
    ];
    const verdicts = await Promise.all(
      Array.from({ length: 40 }, (_, index) => limits.consumeRateLimits(both(index), now)),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(10);
    expect((await limits.checkRateLimits(both(0), now)).counts[0]).toBe(10);
  });
});
