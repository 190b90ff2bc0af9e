import "server-only";
import { sql } from "drizzle-orm";
import { db } from "../index";

/** Asks the database a real question (a content count), so a missing schema also counts as down. */
export async function checkDatabase(): Promise<{ ok: true; roles: number } | { ok: false; error: string }> {
  try {
    const row = await db.get<{ roles: number }>(sql`SELECT count(*) AS roles FROM roles`);
    return { ok: true, roles: row.roles };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : "UnknownError" };
  }
}
