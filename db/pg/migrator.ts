import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { PostgresDb } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/**
 * Applies the PostgreSQL migrations not yet applied. Several instances may start at once: an
 * advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function migratePostgres(db: PostgresDb) {
  const client = await db.$client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('bedrock-talent migrations'))");
    await migrate(db, { migrationsFolder });
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('bedrock-talent migrations'))").catch(() => undefined);
    client.release();
  }
}
