import { inSpan } from "@/server/spans.cjs";

/**
 * Runs one statement inside a span when tracing is on: the engine and the SQL text, never its
 * parameters (they carry names, addresses and tokens). Named by its operation (`SELECT`, `INSERT` …).
 */
export const inStatementSpan = <T>(system: "sqlite" | "postgresql", sql: string, run: () => T): T =>
  inSpan(
    /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? system,
    { kind: "client", attributes: { "db.system": system, "db.statement": sql } },
    run,
  );
