/** PostgreSQL's tables: the one schema (db/tables), generated into ./tables with PostgreSQL's column kit (./kit.ts). */
export * from "./tables";
