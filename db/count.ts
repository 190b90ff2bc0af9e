import { count, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { db } from "./index";

/**
 * How many rows of `table` meet `where`, counted no further than `limit`: the database stops reading
 * once it has found that many, so the cost is that of `limit` rows however many match.
 */
export async function countUpTo(table: SQLiteTable, where: SQL | undefined, limit: number) {
  const found = db.select({ one: sql`1` }).from(table).where(where).limit(limit).as("found");
  const [row] = await db.select({ n: count() }).from(found);
  return row?.n ?? 0;
}
