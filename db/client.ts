import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

/** Opens (and creates, with its folder) an SQLite file with the settings every connection needs. */
export function createDb(file: string) {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  // 64 MiB of page cache instead of 2: the dashboard's counts read tens of thousands of index
  // entries, and re-reading each page from the OS costs a system call. Memory is taken only as used.
  sqlite.pragma("cache_size = -65536");
  return drizzle(sqlite, { schema });
}

export type Db = ReturnType<typeof createDb>;
