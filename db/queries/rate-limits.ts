import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { hashRateLimitKey } from "@/domain/rate-limit";
import { type Db, db, transaction } from "../index";
import { lockRows } from "../locks";
import { onlyRow } from "../rows";
import { rateLimits } from "../schema";
import { getOrCreateSecret } from "./secrets";

/** One counter: at most `max` hits per fixed window of `windowMs`. `key` is hashed before it is stored. */
export type Limit = { key: string; max: number; windowMs: number };
export type LimitResult = { allowed: boolean; retryAfterMs: number };

const secret = () => getOrCreateSecret("rate-limit");

/** Counters need no more than their own atomic statements and row locks: on PostgreSQL they wait, never fail, on each other. */
const counters = { isolation: "read committed" } as const;

/** One UPSERT: a window that has ended starts again at this hit; otherwise the count goes up. */
async function countHit(tx: Pick<Db, "insert">, hash: string, windowMs: number, now: number) {
  const ended = sql`${rateLimits.windowStart} <= ${now - windowMs}`;
  return onlyRow(
    await tx
      .insert(rateLimits)
      .values({ key: hash, windowStart: now, count: 1 })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`CASE WHEN ${ended} THEN 1 ELSE ${rateLimits.count} + 1 END`,
          windowStart: sql`CASE WHEN ${ended} THEN ${now} ELSE ${rateLimits.windowStart} END`,
        },
      })
      .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart }),
  );
}

/** `hashes` are the limits' stored keys, in the same order; `lock` locks their rows until the transaction ends. */
async function judge(
  tx: Pick<Db, "select">,
  limits: Limit[],
  hashes: string[],
  now: number,
  lock = false,
): Promise<LimitResult & { counts: number[] }> {
  const query = tx.select().from(rateLimits).where(inArray(rateLimits.key, hashes)).orderBy(rateLimits.key);
  const rows = hashes.length ? await (lock ? lockRows(query) : query) : [];
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

/** The stored (hashed) keys of `limits`, in order. */
async function storedKeys(limits: Limit[]) {
  const key = await secret();
  return limits.map((limit) => hashRateLimitKey(key, limit.key));
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * One UPSERT statement, so concurrent requests cannot both read the old count.
 */
export async function consumeRateLimit(
  key: string,
  limit: number,
  windowMs: number,
  now = Date.now(),
): Promise<LimitResult> {
  const hash = hashRateLimitKey(await secret(), key);
  const row = await transaction(async (tx) => countHit(tx, hash, windowMs, now), counters);
  return { allowed: row.count <= limit, retryAfterMs: Math.max(0, row.windowStart + windowMs - now) };
}

/**
 * Counts one hit against every limit, but only when all of them still have room: a refused
 * request uses up nothing, so someone who keeps hammering does not extend their own wait (or
 * use up another counter). Concurrent requests cannot overshoot: the counters' rows are created
 * if missing (empty) and locked, in one order, before they are read, so requests for the same
 * counters take turns (on SQLite the transaction is the only writer anyway).
 */
export async function consumeRateLimits(
  limits: Limit[],
  now = Date.now(),
): Promise<LimitResult & { counts: number[] }> {
  const hashes = await storedKeys(limits);
  return transaction(async (tx) => {
    if (hashes.length > 0)
      await tx
        .insert(rateLimits)
        .values([...new Set(hashes)].sort().map((key) => ({ key, windowStart: now, count: 0 })))
        .onConflictDoNothing();
    const verdict = await judge(tx, limits, hashes, now, true);
    if (verdict.allowed)
      for (const [index, limit] of limits.entries()) await countHit(tx, hashes[index] ?? "", limit.windowMs, now);
    return verdict;
  }, counters);
}

/** Whether every limit still has room, counting nothing (for counters of failures only). */
export async function checkRateLimits(limits: Limit[], now = Date.now()): Promise<LimitResult & { counts: number[] }> {
  return judge(db, limits, await storedKeys(limits), now);
}

/** Counts one failure against each limit, whatever its count: the next check decides. */
export async function recordRateLimitFailure(limits: Limit[], now = Date.now()) {
  const hashes = await storedKeys(limits);
  await transaction(async (tx) => {
    for (const [index, limit] of limits.entries()) await countHit(tx, hashes[index] ?? "", limit.windowMs, now);
  }, counters);
}

/** Takes back one hit from each key (an attempt counted up front that turned out to be a success). */
export async function releaseRateLimits(limits: Limit[]) {
  const hashes = await storedKeys(limits);
  if (hashes.length)
    await transaction(async (tx) => {
      await tx
        .update(rateLimits)
        .set({ count: sql`CASE WHEN ${rateLimits.count} > 0 THEN ${rateLimits.count} - 1 ELSE 0 END` })
        .where(inArray(rateLimits.key, hashes));
    }, counters);
}

/** Forgets a counter (a successful sign-in clears its own failures). */
export async function clearRateLimit(key: string) {
  const hash = hashRateLimitKey(await secret(), key);
  await transaction(async (tx) => {
    await tx.delete(rateLimits).where(eq(rateLimits.key, hash));
  }, counters);
}
