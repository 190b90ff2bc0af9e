import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { db } from "../index";

/**
 * Runs `load` (many rows written in large transactions). PostgreSQL's search indexes are expression
 * indexes kept by the inserts themselves; afterwards the tables are analysed, as autovacuum would do
 * on its own within a minute of such a load, so what is measured next does not depend on when it ran.
 */
export async function bulkLoad(load: () => Promise<void>) {
  await load();
  // db is typed with SQLite's types (db/index.ts); on this engine it is node-postgres's.
  await (db as unknown as NodePgDatabase).execute(sql`VACUUM ANALYZE`);
}
