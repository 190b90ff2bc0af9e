import "server-only";
import { redactQueryError } from "@/db/log-redaction";
import { logger } from "@/server/log.cjs";

/**
 * The app's logger: the process's one pino logger (server/log.cjs), whose lines carry the instance
 * and, inside a request or a job it caused, that request's id. `logError` logs a failure the way
 * the server logs one: a failed query without its parameters.
 */
export { logger };

export function logError(message: string, error: unknown, fields: Record<string, unknown> = {}) {
  logger.error({ ...fields, err: redactQueryError(error) }, message);
}
