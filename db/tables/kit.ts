/** This folder runs as SQLite's schema; db/pg/tables, generated from it, imports PostgreSQL's kit. */
export * from "../sqlite/kit";
