import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";

/**
 * For db-level tests: a fresh migrated and seeded SQLite file in its own folder, made the app's one
 * connection (DATABASE_URL is read at import time), so the app's own verbs run against it.
 */
export async function openFreshDatabase(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `bedrock-${name}-`));
  const file = join(dir, "app.db");
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", file);
  const globals = globalThis as { __bedrockDb?: { $client: { open: boolean; close(): void } } };
  if (globals.__bedrockDb?.$client.open) globals.__bedrockDb.$client.close();
  delete globals.__bedrockDb;
  const { db } = await import("./index");
  const { migrateDatabase } = await import("./migrator");
  const { seedContent } = await import("./seed-content");
  migrateDatabase(db);
  seedContent(db);
  return { dir, file, db };
}

/** Every value of every column of every table (virtual-table shadows included), as lower-case text. */
export function everyStoredValue(db: { $client: import("better-sqlite3").Database }) {
  const sqlite = db.$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const values: { table: string; column: string; value: string }[] = [];
  for (const table of tables) {
    const columns = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
      for (const column of columns) {
        const value = row[column];
        if (value === null || value === undefined) continue;
        const text = Buffer.isBuffer(value) ? value.toString("latin1") : String(value);
        values.push({ table, column, value: text.toLowerCase() });
      }
    }
  }
  return { tables, values };
}
