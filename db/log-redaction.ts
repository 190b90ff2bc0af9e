/**
 * A failed PostgreSQL query's error names its parameters (drizzle's "params: …" line and `params`
 * property) and PostgreSQL's detail ("Key (email_normalized)=(ann@example.com) already exists."):
 * personal data and tokens that must not reach the logs. SQLite's errors carry neither.
 * `redactLoggedQueryErrors()` makes console.error and console.warn (where Next logs a failed
 * request) print such an error without them; the query's text, the error's code and the constraint
 * stay, which is what a person fixing it needs.
 */
const PARAMS_LINE = /\nparams: [^\n]*/g;
const HAS_PARAMS_LINE = /\nparams: /;
const REDACTED_PARAMS = "\nparams: [redacted]";

type DatabaseCause = { message?: unknown; code?: unknown; constraint?: unknown; table?: unknown; detail?: unknown };

const isQueryError = (value: Error) =>
  "params" in value ||
  HAS_PARAMS_LINE.test(value.message) ||
  (value.cause as DatabaseCause | undefined)?.detail !== undefined;

function redactCause(cause: unknown): unknown {
  if (typeof cause !== "object" || cause === null || !("detail" in cause)) return cause;
  const { message, code, constraint, table } = cause as DatabaseCause;
  const copy = new Error(String(message));
  Object.assign(copy, { code, constraint, table, detail: "[redacted]" });
  return copy;
}

/** The value as it may be logged: a query error becomes a copy without its parameters and detail. */
export function redactQueryError(value: unknown): unknown {
  if (typeof value === "string") return value.replace(PARAMS_LINE, REDACTED_PARAMS);
  if (!(value instanceof Error) || !isQueryError(value)) return value;
  const copy = new Error(value.message.replace(PARAMS_LINE, REDACTED_PARAMS), { cause: redactCause(value.cause) });
  copy.name = value.name;
  copy.stack = value.stack?.replace(PARAMS_LINE, REDACTED_PARAMS);
  return copy;
}

const INSTALLED = Symbol.for("bedrock.redactLoggedQueryErrors");

/** Once per process (instrumentation.ts): console.error and console.warn log query errors redacted. */
export function redactLoggedQueryErrors(target: Pick<Console, "error" | "warn"> = console) {
  const marked = target as typeof target & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  for (const level of ["error", "warn"] as const) {
    const log = target[level].bind(target);
    target[level] = (...values: unknown[]) => log(...values.map(redactQueryError));
  }
}
