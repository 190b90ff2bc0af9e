import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies the SQLite migrations not yet applied to this connection's file. */
export function migrateSqlite(db: Db) {
  migrate(db, { migrationsFolder });
}
