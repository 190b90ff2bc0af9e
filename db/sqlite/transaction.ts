import type { TransactionOptions } from "../pg/transaction";
import { createTransactionContext } from "../transaction-context";
import type { Db } from "./client";

type Open = { tx: Db; depth: number };

/**
 * Transactions on SQLite, written as async code like on any other engine.
 *
 * better-sqlite3 is synchronous and a connection has one transaction: had a transaction awaited
 * between its statements on the connection every request reads through, other requests'
 * statements would have run inside it (and been rolled back with it). So transactions run on a
 * connection of their own, `writer`, one at a time in this process (a queue), as
 * `BEGIN IMMEDIATE … COMMIT`: no other writer, here or in another process, can start in between.
 * Reads elsewhere see committed data only (WAL).
 *
 * A transaction begun inside another (a verb called within `withAudit`) becomes a savepoint of it,
 * so a failure inside rolls back only its own part when the outer code catches it. The body must
 * not run statements in parallel, nor await anything but the database: the queue waits for it.
 *
 * The open transaction is known through db/transaction-context.ts (AsyncLocalStorage).
 */
export function createTransactionRunner(writer: Db) {
  const context = createTransactionContext<Open>();
  const openNow = context.openNow;
  let queue: Promise<unknown> = Promise.resolve();
  const within = <T>(depth: number, body: (tx: Db) => Promise<T>) =>
    context.within({ tx: writer, depth }, () => body(writer));

  async function savepoint<T>(open: Open, body: (tx: Db) => Promise<T>): Promise<T> {
    const name = `sp${open.depth + 1}`;
    writer.$client.exec(`SAVEPOINT ${name}`);
    try {
      const result = await within(open.depth + 1, body);
      writer.$client.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      writer.$client.exec(`ROLLBACK TO ${name}`);
      writer.$client.exec(`RELEASE ${name}`);
      throw error;
    }
  }

  async function outermost<T>(body: (tx: Db) => Promise<T>): Promise<T> {
    writer.$client.exec("BEGIN IMMEDIATE");
    try {
      const result = await within(0, body);
      writer.$client.exec("COMMIT");
      return result;
    } catch (error) {
      if (writer.$client.inTransaction) writer.$client.exec("ROLLBACK");
      throw error;
    }
  }

  return {
    /**
     * Runs `body` in one transaction (or a savepoint of the one already open) and returns its result.
     * Options are PostgreSQL's (db/pg/transaction.ts): here every transaction is the only writer.
     */
    transaction<T>(body: (tx: Db) => Promise<T>, _options?: TransactionOptions): Promise<T> {
      const open = openNow();
      if (open) return savepoint(open, body);
      const result = queue.then(
        () => outermost(body),
        () => outermost(body),
      );
      queue = result.catch(() => undefined);
      return result;
    },
    /** The open transaction's handle in this async context, if any. */
    openTransaction: () => openNow()?.tx,
  };
}
