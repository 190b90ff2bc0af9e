import { engine } from "./engine";

type Lockable = { for(strength: "update", config?: { skipLocked: true }): unknown };

/**
 * Rows a worker takes for itself. On PostgreSQL, `FOR UPDATE SKIP LOCKED`: rows another instance's
 * worker is taking right now are passed over, not waited for, so two workers never take the same
 * row. On SQLite, a write transaction already has the database to itself: the query is left as is.
 */
export function skipLocked<Query>(query: Query): Query {
  return engine === "postgres" ? ((query as unknown as Lockable).for("update", { skipLocked: true }) as Query) : query;
}

/**
 * Rows a transaction reads in order to change them (counters): on PostgreSQL `FOR UPDATE`, so a
 * concurrent transaction wanting the same rows waits until this one commits and then reads its
 * result. On SQLite the write transaction already excludes every other writer.
 */
export function lockRows<Query>(query: Query): Query {
  return engine === "postgres" ? ((query as unknown as Lockable).for("update") as Query) : query;
}
