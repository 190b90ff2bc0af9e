import type { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "pino";

export const logger: Logger;
export const requestContext: AsyncLocalStorage<{ requestId: string }>;
/** An error as it is logged: kind, message, codes and stack, with every email address masked. */
export function safeError(error: unknown): unknown;
