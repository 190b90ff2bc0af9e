/** The row an `INSERT … RETURNING` (or a lookup that cannot miss) gives back; none is a bug, not a case. */
export function onlyRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error("Expected a row, got none");
  return row;
}

/** How many rows an UPDATE or DELETE changed, from either driver's result (SQLite `changes`, PostgreSQL `rowCount`). */
export function changedRows(result: unknown): number {
  const { changes, rowCount } = result as { changes?: number; rowCount?: number | null };
  return changes ?? rowCount ?? 0;
}
