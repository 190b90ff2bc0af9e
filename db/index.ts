import { env } from "../config/env";
import { engine } from "./engine";
import { createPostgresDb } from "./pg/client";
import { createPgTransactionRunner, type TransactionOptions } from "./pg/transaction";
import { createDb, type Db } from "./sqlite/client";
import { createTransactionRunner } from "./sqlite/transaction";

/**
 * The database handle's type. The query code is written once, against the SQLite types; on
 * PostgreSQL the handle is node-postgres's drizzle database over tables with the same names and row
 * types (db/schema.ts). What only one engine has (`$client`, raw `.get/.all/.run`) stays in the
 * engine's own folder.
 */
export type { Db };

type Runner = ReturnType<typeof createTransactionRunner>;
/** A PostgreSQL pool's connections: open, idle, and queries waiting for one. SQLite has no pool. */
export type PoolUse = { total: number; idle: number; waiting: number };
type Connections = { reader: Db; runner: Runner; close: () => Promise<void>; poolUse: () => PoolUse | null };

// One set of connections per process: dev-mode hot reloads would otherwise open new ones on every edit.
const globalForDb = globalThis as unknown as { __bedrockDb?: Connections };

function openPostgres(url: string): Connections {
  const database = createPostgresDb(url);
  return {
    reader: database as unknown as Db,
    runner: createPgTransactionRunner(database) as unknown as Runner,
    close: () => database.$client.end(),
    poolUse: () => {
      const pool = database.$client;
      return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
    },
  };
}

function openSqlite(file: string): Connections {
  const reader = createDb(file);
  const writer = createDb(file);
  return {
    reader,
    runner: createTransactionRunner(writer),
    close: async () => {
      for (const connection of [writer, reader]) if (connection.$client.open) connection.$client.close();
    },
    poolUse: () => null,
  };
}

const connections = (globalForDb.__bedrockDb ??=
  engine === "postgres" ? openPostgres(env.DATABASE_URL) : openSqlite(env.DATABASE_URL));

/**
 * The database. Inside `transaction(…)` it is that transaction's handle, so a verb called there reads
 * what the transaction wrote; elsewhere it reads committed data. Writes go through `transaction`.
 */
export const db: Db = new Proxy(connections.reader, {
  get(reader, property) {
    const target = connections.runner.openTransaction() ?? reader;
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/** Runs `body` as one transaction: every statement in it commits, or none does. */
export const transaction = <T>(body: (tx: Db) => Promise<T>, options?: TransactionOptions) =>
  connections.runner.transaction(body, options);

/** Closes the connections (SQLite: a clean close checkpoints the WAL into the file and removes the -wal file). */
export async function closeDb() {
  delete globalForDb.__bedrockDb;
  await connections.close();
}

/** The PostgreSQL pool's use, for the metrics; null on SQLite. */
export const poolUse = () => connections.poolUse();
