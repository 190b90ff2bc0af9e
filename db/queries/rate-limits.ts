import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { hashRateLimitKey } from "@/domain/rate-limit";
import { db } from "../index";
import { rateLimits } from "../schema";
import { getOrCreateSecret } from "./secrets";

/** One counter: at most `max` hits per fixed window of `windowMs`. `key` is hashed before it is stored. */
export type Limit = { key: string; max: number; windowMs: number };
export type LimitResult = { allowed: boolean; retryAfterMs: number };

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

const stored = (key: string) => hashRateLimitKey(getOrCreateSecret("rate-limit"), key);

function countHit(tx: Pick<Tx, "get">, key: string, windowMs: number, now: number) {
  return tx.get<{ count: number; windowStart: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${stored(key)}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN window_start <= ${now - windowMs} THEN 1 ELSE count + 1 END,
      window_start = CASE WHEN window_start <= ${now - windowMs} THEN ${now} ELSE window_start END
    RETURNING count, window_start AS windowStart`);
}

function judge(tx: Pick<Tx, "select">, limits: Limit[], now: number): LimitResult & { counts: number[] } {
  const hashes = limits.map((limit) => stored(limit.key));
  const rows = hashes.length ? tx.select().from(rateLimits).where(inArray(rateLimits.key, hashes)).all() : [];
  const byKey = new Map(rows.map((row) => [row.key, row]));
  let retryAfterMs = 0;
  const counts = limits.map((limit, index) => {
    const row = byKey.get(hashes[index] ?? "");
    // A window that has ended counts as empty, exactly as the next hit would restart it.
    const live = row && row.windowStart > now - limit.windowMs ? row : undefined;
    const count = live?.count ?? 0;
    if (live && count >= limit.max) retryAfterMs = Math.max(retryAfterMs, live.windowStart + limit.windowMs - now);
    return count;
  });
  return { allowed: limits.every((limit, index) => (counts[index] ?? 0) < limit.max), retryAfterMs, counts };
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * One UPSERT statement, so concurrent requests cannot both read the old count.
 */
export function consumeRateLimit(key: string, limit: number, windowMs: number, now = Date.now()): LimitResult {
  const row = countHit(db, key, windowMs, now);
  return { allowed: row.count <= limit, retryAfterMs: Math.max(0, row.windowStart + windowMs - now) };
}

/**
 * Counts one hit against every limit, but only when all of them still have room: a refused
 * request uses up nothing, so someone who keeps hammering does not extend their own wait (or
 * use up another counter). One IMMEDIATE transaction, so concurrent requests cannot overshoot.
 */
export function consumeRateLimits(limits: Limit[], now = Date.now()): LimitResult & { counts: number[] } {
  return db.transaction(
    (tx) => {
      const verdict = judge(tx, limits, now);
      if (verdict.allowed) for (const limit of limits) countHit(tx, limit.key, limit.windowMs, now);
      return verdict;
    },
    { behavior: "immediate" },
  );
}

/** Whether every limit still has room, counting nothing (for counters of failures only). */
export function checkRateLimits(limits: Limit[], now = Date.now()): LimitResult & { counts: number[] } {
  return judge(db, limits, now);
}

/** Counts one failure against each limit, whatever its count: the next check decides. */
export function recordRateLimitFailure(limits: Limit[], now = Date.now()) {
  db.transaction((tx) => {
    for (const limit of limits) countHit(tx, limit.key, limit.windowMs, now);
  });
}

/** Takes back one hit from each key (an attempt counted up front that turned out to be a success). */
export function releaseRateLimits(limits: Limit[]) {
  const hashes = limits.map((limit) => stored(limit.key));
  if (hashes.length)
    db.update(rateLimits)
      .set({ count: sql`max(${rateLimits.count} - 1, 0)` })
      .where(inArray(rateLimits.key, hashes))
      .run();
}

/** Forgets a counter (a successful sign-in clears its own failures). */
export function clearRateLimit(key: string) {
  db.delete(rateLimits)
    .where(eq(rateLimits.key, stored(key)))
    .run();
}
