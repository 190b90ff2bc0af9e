/**
 * Moves a site from SQLite to PostgreSQL: every table's rows, ids kept, in one PostgreSQL
 * transaction (all or nothing), then the identity sequences set past the highest id, and a row
 * count per table compared at the end. The target must be empty (migrated or not): nothing there is
 * ever overwritten. The SQLite full-text tables are not copied: PostgreSQL's search indexes are
 * built from the rows themselves; nor are the tables PostgreSQL's triggers fill from the rows
 * (candidate_skills, status_counts, daily_counts), whose counts are compared at the end like the
 * others'. Uploaded files are copied by the caller (scripts/db-copy.ts).
 */
import { getTableName, is, sql } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { createPostgresDb } from "./pg/client";
import { migratePostgres } from "./pg/migrator";
import * as postgresSchema from "./pg/schema";
import { createDb } from "./sqlite/client";
import * as sqliteSchema from "./sqlite/schema";

const BATCH = 500;

/** Rows derived from other tables' rows by triggers on both engines: made by copying those. */
const DERIVED = new Set(["candidate_skills", "status_counts", "daily_counts"]);

type TableName = keyof typeof sqliteSchema;
export type CopyReport = { table: string; source: number; target: number }[];

/** The schema's tables, parents before children (a row's foreign keys point at rows already copied). */
function tablesInOrder() {
  const tables = (Object.entries(sqliteSchema) as [TableName, unknown][]).filter(
    (entry): entry is [TableName, SQLiteTable] => is(entry[1], SQLiteTable),
  );
  const parents = new Map(
    tables.map(([name, table]) => [
      name,
      getTableConfig(table)
        .foreignKeys.map((key) => getTableName(key.reference().foreignTable))
        .filter((parent) => parent !== getTableName(table)),
    ]),
  );
  const ordered: [TableName, SQLiteTable][] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      ([name, table]) =>
        !placed.has(getTableName(table)) && (parents.get(name) ?? []).every((parent) => placed.has(parent)),
    );
    if (ready.length === 0) throw new Error("the schema's foreign keys form a cycle");
    for (const entry of ready) {
      ordered.push(entry);
      placed.add(getTableName(entry[1]));
    }
  }
  return ordered;
}

export async function copySqliteToPostgres(from: string, to: string, log: (line: string) => void = () => {}) {
  const source = createDb(from);
  const target = createPostgresDb(to);
  try {
    await migratePostgres(target);
    const tables = tablesInOrder();
    const filled: string[] = [];
    for (const [name, sourceTable] of tables) {
      const table = postgresSchema[name] as unknown as Parameters<typeof target.$count>[0];
      if ((await target.$count(table)) > 0) filled.push(getTableName(sourceTable));
    }
    if (filled.length > 0)
      throw new Error(`the target database is not empty (${filled.join(", ")}): copy into a new, empty database`);

    await target.transaction(async (tx) => {
      for (const [name, sourceTable] of tables) {
        if (DERIVED.has(getTableName(sourceTable))) continue;
        const targetTable = postgresSchema[name] as unknown as Parameters<typeof tx.insert>[0];
        let copied = 0;
        for (let offset = 0; ; offset += BATCH) {
          const rows = await source.select().from(sourceTable).limit(BATCH).offset(offset);
          if (rows.length === 0) break;
          await tx.insert(targetTable).values(rows as never);
          copied += rows.length;
        }
        log(`${getTableName(sourceTable)}: ${copied} rows`);
      }
      // Ids were copied as they were: the next new row must get the next id, not 1.
      for (const [, sourceTable] of tables) {
        const tableName = getTableName(sourceTable);
        if (!Object.values(getTableConfig(sourceTable).columns).some((column) => column.name === "id")) continue;
        await tx.execute(
          sql`SELECT setval(pg_get_serial_sequence(${tableName}, 'id'), coalesce(max(id), 0) + 1, false) FROM ${sql.identifier(tableName)}`,
        );
      }
    });

    const report: CopyReport = [];
    for (const [name, sourceTable] of tables) {
      const targetTable = postgresSchema[name] as unknown as Parameters<typeof target.$count>[0];
      report.push({
        table: getTableName(sourceTable),
        source: await source.$count(sourceTable),
        target: await target.$count(targetTable),
      });
    }
    return report;
  } finally {
    source.$client.close();
    await target.$client.end();
  }
}
