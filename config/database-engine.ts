/** The two engines: SQLite, embedded, the zero-configuration default; PostgreSQL for several instances. */
export type Engine = "sqlite" | "postgres";

/** `postgres://…` or `postgresql://…` chooses PostgreSQL; anything else is an SQLite file (a path, `file:` or `sqlite:`). */
export const engineOf = (databaseUrl: string): Engine =>
  /^postgres(ql)?:\/\//i.test(databaseUrl) ? "postgres" : "sqlite";

/** The database as it may be printed: a PostgreSQL URL without its user and password ("postgres://…@db:5432/bedrock"). */
export const databaseLabel = (databaseUrl: string) => databaseUrl.replace(/\/\/[^@/]*@/, "//…@");
