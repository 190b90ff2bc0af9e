/**
 * The PostgreSQL schema must stay the SQLite one's twin: the query code is written once against the
 * table objects, whichever engine is behind them. Both come from one source (db/tables), PostgreSQL's
 * generated from it (db/pg/generate-tables.ts); this proves the generated copy is current and that
 * the two column kits build the same columns with the same row types.
 */
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as sqlite from "../sqlite/schema";
import { staleTables } from "./generate-tables";
import * as pg from "./schema";

// Compile time: the same table exports, with the same row types to read and to insert. `tsc` fails
// when they differ, naming the tables that do.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails with the offending names: "Type '"roles"' does not satisfy the constraint 'never'". */
type None<T extends never> = T;
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
/**
 * Two row types agree: the same keys, the same optional ones, each property the same type. (`Equal` on
 * the whole objects reports candidateProfiles' rows as different though every property agrees.)
 */
type SameRow<A, B> = [Equal<keyof A, keyof B>, Equal<OptionalKeys<A>, OptionalKeys<B>>] extends [true, true]
  ? { [K in keyof A]-?: Equal<A[K], B[K & keyof B]> }[keyof A] extends true
    ? true
    : false
  : false;

type SqliteModule = typeof sqlite;
type PgModule = typeof pg;
type SqliteTables = { [K in keyof SqliteModule as SqliteModule[K] extends SQLiteTable ? K : never]: SqliteModule[K] };
type PgTables = { [K in keyof PgModule as PgModule[K] extends PgTable ? K : never]: PgModule[K] };
type Shared = keyof SqliteTables & keyof PgTables;
/** The tables whose row type differs between the engines (never when they all agree). */
type SelectMismatch = {
  [K in Shared]: SameRow<SqliteTables[K]["$inferSelect"], PgTables[K]["$inferSelect"]> extends true ? never : K;
}[Shared];
/**
 * The one necessary difference: SQLite types every INTEGER PRIMARY KEY as optional on insert (a rowid is
 * allocated when none is given), even candidate_profiles.user_id, which is a foreign key and must be given;
 * PostgreSQL requires it. Exempted narrowly: the key must still be there, required, with the same type.
 */
type InsertExempt<K> = K extends "candidateProfiles" ? "userId" : never;
type InsertAgrees<S, P, X extends PropertyKey> = [
  SameRow<Omit<S, X>, Omit<P, X>>,
  SameRow<Required<Pick<S, X & keyof S>>, Pick<P, X & keyof P>>,
] extends [true, true]
  ? true
  : false;
type InsertMismatch = {
  [K in Shared]: InsertAgrees<
    SqliteTables[K]["$inferInsert"],
    PgTables[K]["$inferInsert"],
    InsertExempt<K>
  > extends true
    ? never
    : K;
}[Shared];

type _SchemaParity = [
  None<Exclude<keyof SqliteTables, keyof PgTables> | Exclude<keyof PgTables, keyof SqliteTables>>,
  None<SelectMismatch>,
  None<InsertMismatch>,
];

// Run time: the same exports, and per table the same SQL name, column keys and column SQL names.
const sqliteTables = new Map(
  Object.entries(sqlite as Record<string, unknown>).filter((entry): entry is [string, SQLiteTable] =>
    is(entry[1], SQLiteTable),
  ),
);
const pgTables = new Map(
  Object.entries(pg as Record<string, unknown>).filter((entry): entry is [string, PgTable] => is(entry[1], PgTable)),
);

const columnsOf = (table: SQLiteTable | PgTable) =>
  Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [
      key,
      {
        name: column.name,
        type: column.dataType,
        notNull: column.notNull,
        // A key's default differs by nature (see InsertExempt above): SQLite gives every INTEGER PRIMARY KEY one.
        hasDefault: column.primary ? "key" : column.hasDefault,
      },
    ]),
  );

describe("PostgreSQL schema parity with SQLite", () => {
  it("is generated from the current db/tables (npm run db:generate writes it)", () => {
    expect(staleTables()).toEqual([]);
  });

  it("exports the same names (tables, relations, vocabularies)", () => {
    expect(Object.keys(pg).sort()).toEqual(Object.keys(sqlite).sort());
  });

  it("has every table, and only those", () => {
    expect(sqliteTables.size).toBeGreaterThanOrEqual(28);
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
  });

  it.each([...sqliteTables.keys()])(
    "%s has the same SQL name, column keys, names, JS types, nullability and defaults",
    (name) => {
      const sqliteTable = sqliteTables.get(name);
      const pgTable = pgTables.get(name);
      if (!sqliteTable || !pgTable) throw new Error(`${name} is missing from one schema`);
      expect(getTableName(pgTable)).toBe(getTableName(sqliteTable));
      expect(columnsOf(pgTable)).toEqual(columnsOf(sqliteTable));
    },
  );
});
