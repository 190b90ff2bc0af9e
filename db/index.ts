import { env } from "../config/env";
import { createDb, type Db } from "./client";

// One connection per process: dev-mode hot reloads would otherwise open a new one on every edit.
const globalForDb = globalThis as unknown as { __bedrockDb?: Db };

export const db = (globalForDb.__bedrockDb ??= createDb(env.DATABASE_URL));

/** A clean close checkpoints the WAL into the database file and removes the -wal file. */
export function closeDb() {
  if (db.$client.open) db.$client.close();
}
