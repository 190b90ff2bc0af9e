import type { Database } from "better-sqlite3";
import type { Pool } from "pg";

type StoredValue = { table: string; column: string; value: string };

/**
 * Every value of every column of every table, as lower-case text: for tests that prove something is
 * gone, whatever table it could have gone to. On SQLite, virtual-table shadows included; on
 * PostgreSQL, every table of the public schema, each value read by PostgreSQL's own text cast (bytea
 * as escaped text, so readable bytes stay readable, as SQLite's blobs do here). The engine is the
 * handle's: `db` is the handle openFreshDatabase returned (after `vi.resetModules()` a statically
 * imported `engine` may be a previous database's).
 */
export async function everyStoredValue(db: { $client: unknown }) {
  const client = db.$client as Database | Pool;
  return "pragma" in client ? everySqliteStoredValue({ $client: client }) : postgresValues(client);
}

/** everyStoredValue on an SQLite handle, synchronously (for the end-to-end suite's SQLite reads). */
export function everySqliteStoredValue({ $client: sqlite }: { $client: Database }) {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const values: StoredValue[] = [];
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

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function postgresValues(pool: Pool) {
  const { rows: tableRows } = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = tableRows.map((row) => row.name);
  const { rows: columnRows } = await pool.query<{ table: string; column: string; type: string }>(
    `SELECT table_name AS "table", column_name AS "column", data_type AS "type" FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const values: StoredValue[] = [];
  for (const table of tables) {
    const columns = columnRows.filter((row) => row.table === table);
    if (columns.length === 0) continue;
    const selected = columns.map(({ column, type }) =>
      type === "bytea" ? `encode(${quoted(column)}, 'escape')` : `${quoted(column)}::text`,
    );
    const { rows } = await pool.query<(string | null)[]>({
      text: `SELECT ${selected.join(", ")} FROM ${quoted(table)}`,
      rowMode: "array",
    });
    for (const row of rows) {
      columns.forEach(({ column }, index) => {
        const value = row[index];
        if (value !== null && value !== undefined) values.push({ table, column, value: value.toLowerCase() });
      });
    }
  }
  return { tables, values };
}
