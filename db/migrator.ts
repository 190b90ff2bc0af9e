import { engineOf } from "../config/database-engine";
import { env } from "../config/env";

/** Brings the database DATABASE_URL names up to date, on either engine. */
export async function migrateDatabase(url = env.DATABASE_URL) {
  if (engineOf(url) === "postgres") {
    const { createPostgresDb } = await import("./pg/client");
    const { migratePostgres } = await import("./pg/migrator");
    const db = createPostgresDb(url);
    try {
      await migratePostgres(db);
    } finally {
      await db.$client.end();
    }
    return;
  }
  const { createDb } = await import("./sqlite/client");
  const { migrateSqlite } = await import("./sqlite/migrator");
  const db = createDb(url);
  try {
    migrateSqlite(db);
  } finally {
    db.$client.close();
  }
}
