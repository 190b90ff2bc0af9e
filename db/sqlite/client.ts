import { chmodSync, closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { tracingOn } from "@/server/spans.cjs";
import { inStatementSpan } from "../statement-span";
import * as schema from "./schema";

/**
 * The database holds personal data and password hashes: only its owner may read it. A new file is
 * created 0600 (SQLite gives its -wal and -shm the file's own mode) in a new folder created 0700; an
 * existing file readable by others (an older install, a restored copy) loses those bits. An
 * existing folder is left as it is: it may be shared, like /tmp.
 */
function ownerOnly(path: string) {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(path, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      const mode = statSync(file).mode & 0o777;
      if (mode & 0o077) chmodSync(file, mode & 0o700);
    } catch {
      // Missing (-wal, -shm) or not ours to change: SQLite opens it as it is.
    }
  }
}

/**
 * With tracing on, each run of a statement is a span (drizzle prepares a statement for every query
 * it sends). Untraced, a statement is left as better-sqlite3 made it.
 */
function traceStatements(sqlite: Database.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (!tracingOn()) return statement;
    for (const method of ["run", "get", "all"] as const) {
      const run = statement[method].bind(statement) as (...parameters: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...parameters: unknown[]) => inStatementSpan("sqlite", sql, () => run(...parameters)),
      });
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/** Opens (and creates, with its folder) an SQLite file with the settings every connection needs. */
export function createDb(file: string) {
  const path = resolve(file);
  ownerOnly(path);
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  // Deleted rows (an erased account) are overwritten with zeros, not left in free pages of the file.
  sqlite.pragma("secure_delete = ON");
  // 64 MiB of page cache instead of 2: the dashboard's counts read tens of thousands of index
  // entries, and re-reading each page from the OS costs a system call. Memory is taken only as used.
  sqlite.pragma("cache_size = -65536");
  traceStatements(sqlite);
  return drizzle(sqlite, { schema });
}

export type Db = ReturnType<typeof createDb>;
