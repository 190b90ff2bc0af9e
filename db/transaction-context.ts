import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which transaction is open in the current async context, for both engines' transaction runners.
 *
 * Callbacks that began inside a transaction's body can outlive it (a pooled connection handed on, a
 * cached promise) and would carry its context into other requests; so a context's transaction counts
 * as open only until its body has ended.
 */
export function createTransactionContext<Open extends object>() {
  const current = new AsyncLocalStorage<{ open: Open; ended: boolean }>();
  return {
    /** The transaction open in this async context, if its body is still running. */
    openNow(): Open | undefined {
      const entry = current.getStore();
      return entry && !entry.ended ? entry.open : undefined;
    },
    /** Runs `body` with `open` as the open transaction of its async context, and no longer once it has ended. */
    async within<T>(open: Open, body: () => Promise<T>): Promise<T> {
      const entry = { open, ended: false };
      try {
        return await current.run(entry, body);
      } finally {
        entry.ended = true;
      }
    },
  };
}
