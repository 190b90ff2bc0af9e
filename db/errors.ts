/**
 * Constraint errors from either engine, in one shape, so code can turn them into a clear answer.
 * SQLite (better-sqlite3) throws its own error with a code such as SQLITE_CONSTRAINT_UNIQUE and the
 * columns in its message; PostgreSQL (pg) reports SQLSTATE 23505 with the table and the key in
 * `detail`, and drizzle wraps it in a DrizzleQueryError whose `cause` is the driver's error.
 */
type DriverError = Error & { code?: string; table?: string; detail?: string; constraint?: string };

export type ConstraintViolation = {
  kind: "unique" | "exclusion" | "check" | "foreign-key" | "not-null";
  /** `table.column, table.column` as SQLite words it; for an exclusion or a check, the constraint's name. */
  target: string;
};

const sqliteKinds: Record<string, ConstraintViolation["kind"]> = {
  SQLITE_CONSTRAINT_UNIQUE: "unique",
  SQLITE_CONSTRAINT_PRIMARYKEY: "unique",
  SQLITE_CONSTRAINT_CHECK: "check",
  SQLITE_CONSTRAINT_FOREIGNKEY: "foreign-key",
  SQLITE_CONSTRAINT_NOTNULL: "not-null",
};
const postgresKinds: Record<string, ConstraintViolation["kind"]> = {
  "23505": "unique",
  "23P01": "exclusion",
  "23514": "check",
  "23503": "foreign-key",
  "23502": "not-null",
};

function driverError(error: unknown): DriverError | null {
  let current = error;
  for (let depth = 0; depth < 3 && current instanceof Error; depth++) {
    if (typeof (current as DriverError).code === "string") return current as DriverError;
    current = current.cause;
  }
  return null;
}

export function constraintViolation(error: unknown): ConstraintViolation | null {
  const cause = driverError(error);
  if (!cause?.code) return null;
  const sqliteKind = sqliteKinds[cause.code];
  if (sqliteKind) return { kind: sqliteKind, target: cause.message.replace(/^[A-Z ]+ constraint failed: /, "") };
  const postgresKind = postgresKinds[cause.code];
  if (!postgresKind) return null;
  const columns = /^Key \(([^)]*)\)/.exec(cause.detail ?? "")?.[1];
  const target =
    postgresKind === "unique" && columns && cause.table
      ? columns
          .split(", ")
          .map((column) => `${cause.table}.${column}`)
          .join(", ")
      : (cause.constraint ?? "");
  return { kind: postgresKind, target };
}

/** A serialization failure or deadlock on PostgreSQL: the transaction may simply be run again. */
export function isRetryableConflict(error: unknown) {
  const code = driverError(error)?.code;
  return code === "40001" || code === "40P01";
}

/** True for a UNIQUE constraint error, optionally on the given columns (`table.column`, as SQLite words them). */
export function isUniqueViolation(error: unknown, columns?: string): boolean {
  const violation = constraintViolation(error);
  return violation?.kind === "unique" && (!columns || violation.target.includes(columns));
}
