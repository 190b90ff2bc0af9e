/** This folder is db/tables generated for PostgreSQL: it imports PostgreSQL's kit. */
export * from "../kit";
