import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Logger, runMigrations } from "graphile-worker";
import type { PostgresDb } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

const quietLogger = new Logger(() => () => undefined);

/**
 * Applies the PostgreSQL migrations not yet applied, the job queue's among them. Several instances may start at once: an
 * advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function migratePostgres(db: PostgresDb) {
  const client = await db.$client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('bedrock-talent migrations'))");
    await migrate(db, { migrationsFolder });
    // The job queue's own schema (graphile_worker), brought up to date by its own migrations.
    await runMigrations({ pgPool: db.$client, logger: quietLogger });
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('bedrock-talent migrations'))").catch(() => undefined);
    client.release();
  }
}
