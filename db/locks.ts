import { engine } from "./engine";

type Lockable = { for(strength: "update"): unknown };

/**
 * Rows a transaction reads in order to change them (counters): on PostgreSQL `FOR UPDATE`, so a
 * concurrent transaction wanting the same rows waits until this one commits and then reads its
 * result. On SQLite the write transaction already excludes every other writer.
 */
export function lockRows<Query>(query: Query): Query {
  return engine === "postgres" ? ((query as unknown as Lockable).for("update") as Query) : query;
}
