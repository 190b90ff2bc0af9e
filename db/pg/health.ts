import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { db } from "../index";
import journal from "./migrations/meta/_journal.json";

/** Whether the database has this release's last migration (drizzle's record of it, in the `drizzle` schema). */
export async function migrationsCurrent() {
  const result = await (db as unknown as NodePgDatabase).execute(
    sql`SELECT max(created_at)::text AS applied FROM drizzle.__drizzle_migrations`,
  );
  const applied = Number((result.rows[0] as { applied: string | null }).applied ?? 0);
  return applied >= (journal.entries.at(-1)?.when ?? 0);
}
