import { setTimeout as sleep } from "node:timers/promises";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { isRetryableConflict } from "../errors";
import { createTransactionContext } from "../transaction-context";

type Database = NodePgDatabase<Record<string, unknown>>;
type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** How many times a transaction runs when PostgreSQL keeps refusing it for a conflict. */
const ATTEMPTS = 10;

export type TransactionOptions = {
  /**
   * "read committed" for bodies whose every statement is atomic on its own or takes the row locks it
   * needs (counters): they wait for each other instead of failing and running again.
   */
  isolation?: "serializable" | "read committed";
};

/**
 * Transactions on PostgreSQL. Each runs SERIALIZABLE: the same guarantee as SQLite's one writer at
 * a time, across every app instance, so a verb that reads, decides and writes (at most two upcoming
 * calls per address, a rate limit) cannot be raced by another instance. When PostgreSQL aborts one
 * for a conflict (40001) or a deadlock (40P01), it runs again from the start, a few times, after a
 * short random wait; bodies touch only the database, so running one again is safe.
 *
 * A transaction begun inside another (a verb called within `withAudit`) becomes a savepoint of it,
 * with the outer transaction's isolation.
 * The body must not run statements in parallel.
 *
 * The open transaction is known through db/transaction-context.ts (AsyncLocalStorage).
 */
export function createPgTransactionRunner(database: Database) {
  const context = createTransactionContext<{ tx: Transaction }>();
  const openTransaction = () => context.openNow()?.tx;
  const within = <T>(tx: Transaction, body: (tx: Transaction) => Promise<T>) => context.within({ tx }, () => body(tx));

  async function transaction<T>(body: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const open = openTransaction();
    if (open) return open.transaction((savepoint) => within(savepoint, body));
    for (let attempt = 1; ; attempt++) {
      try {
        return await database.transaction((tx) => within(tx, body), {
          isolationLevel: options.isolation ?? "serializable",
        });
      } catch (error) {
        if (attempt >= ATTEMPTS || !isRetryableConflict(error)) throw error;
        // A random wait that grows with each try (up to about 0.2 s), so the contenders spread out.
        await sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));
      }
    }
  }

  return { transaction, openTransaction };
}
