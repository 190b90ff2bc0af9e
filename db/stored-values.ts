import type { Database } from "better-sqlite3";

/**
 * Every value of every column of every table (virtual-table shadows included), as lower-case text:
 * for tests that prove something is gone, whatever table it could have gone to.
 */
export function everyStoredValue(db: { $client: Database }) {
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
