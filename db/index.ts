import { env } from "../config/env";
import { createDb, type Db } from "./client";
import { createTransactionRunner } from "./sqlite/transaction";

export type { Db };

type Connections = { reader: Db; writer: Db; runner: ReturnType<typeof createTransactionRunner> };

// One set of connections per process: dev-mode hot reloads would otherwise open new ones on every edit.
const globalForDb = globalThis as unknown as { __bedrockDb?: Connections };

function open(file: string): Connections {
  const reader = createDb(file);
  const writer = createDb(file);
  return { reader, writer, runner: createTransactionRunner(writer) };
}

const connections = (globalForDb.__bedrockDb ??= open(env.DATABASE_URL));

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
export const transaction = <T>(body: (tx: Db) => Promise<T>) => connections.runner.transaction(body);

/** A clean close checkpoints the WAL into the database file and removes the -wal file. */
export function closeDb() {
  for (const connection of [connections.writer, connections.reader])
    if (connection.$client.open) connection.$client.close();
  delete globalForDb.__bedrockDb;
}
