/** SQLite's tables: the one schema (db/tables) built with SQLite's column kit (./kit.ts). */
export * from "../tables";
