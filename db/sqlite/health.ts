import { sql } from "drizzle-orm";
import { db } from "../index";
import journal from "./migrations/meta/_journal.json";

/** Whether the database has this release's last migration (drizzle's record of it, `__drizzle_migrations`). */
export async function migrationsCurrent() {
  const row = await db.get<{ applied: number | null }>(
    sql`SELECT max(created_at) AS applied FROM __drizzle_migrations`,
  );
  return Number(row?.applied ?? 0) >= (journal.entries.at(-1)?.when ?? 0);
}
