/**
 * SQLite's column kit: what the one schema (db/tables) says once and SQLite writes its own way. Its
 * twin, db/pg/kit.ts, exports the same names; each name builds columns with the same JS types.
 */
import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export { check, index, integer, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const table = sqliteTable;

/** A row id the database allocates: SQLite's INTEGER PRIMARY KEY (the rowid), never reused. */
export const id = () => integer("id").primaryKey({ autoIncrement: true });

/** A UTC instant, read and written as a JS Date: integer milliseconds since the epoch. */
export const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

/** The current instant as a column default, to the millisecond. */
export const now = sql`(unixepoch('subsec') * 1000)`;

/** A yes/no column: 0 or 1, read as a boolean. */
export const flag = (name: string) => integer(name, { mode: "boolean" });

/** A JSON value, stored as text. */
export const json = (name: string) => text(name, { mode: "json" });

/** Epoch milliseconds as a plain number (SQLite's integers hold 64 bits). */
export const epochMs = (name: string) => integer(name);

/** A lower-case slug: a letter or digit first, then those or '-'. */
export const isSlug = (column: AnyColumn): SQL => sql`${column} GLOB '[a-z0-9]*' AND ${column} NOT GLOB '*[^a-z0-9-]*'`;

/** A text column compared without regard to case, as an index expression. */
export const caseless = (column: AnyColumn): SQL => sql`${column} COLLATE NOCASE`;

/**
 * The row's key at the end of an index. Every SQLite index ends with the rowid without saying so,
 * so nothing is added here; PostgreSQL names it.
 */
export const rowKey = <Column>(_column: Column): Column[] => [];

/**
 * Indexes and checks only PostgreSQL has: plans its planner needs, or (candidate_profiles_rating) a
 * check SQLite holds as an unnamed column CHECK from migration 0001.
 */
export const onlyOnPostgres = <T extends unknown[]>(..._items: T): T[number][] => [];
