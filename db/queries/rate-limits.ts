import "server-only";
import { sql } from "drizzle-orm";
import { db } from "../index";

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * One UPSERT statement, so concurrent requests cannot both read the old count.
 */
export function consumeRateLimit(key: string, limit: number, windowMs: number, now = Date.now()) {
  const row = db.get<{ count: number; windowStart: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN window_start <= ${now - windowMs} THEN 1 ELSE count + 1 END,
      window_start = CASE WHEN window_start <= ${now - windowMs} THEN ${now} ELSE window_start END
    RETURNING count, window_start AS windowStart`);
  return { allowed: row.count <= limit, retryAfterMs: Math.max(0, row.windowStart + windowMs - now) };
}
