import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";

export { everyStoredValue } from "./stored-values";

type Connection = { $client: { open: boolean; close(): void } };

/** Closes the connections of the app's db module loaded before `vi.resetModules()`, if any. */
export function closeAppDatabase() {
  const globals = globalThis as { __bedrockDb?: Record<"reader" | "writer", Connection> };
  for (const connection of Object.values(globals.__bedrockDb ?? {}))
    if (connection.$client?.open) connection.$client.close();
  delete globals.__bedrockDb;
}

/**
 * For db-level tests: a fresh migrated and seeded SQLite file in its own folder, made the app's one
 * connection (DATABASE_URL is read at import time), so the app's own verbs run against it.
 */
export async function openFreshDatabase(name: string, { seed = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `bedrock-${name}-`));
  const file = join(dir, "app.db");
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", file);
  closeAppDatabase();
  const { db, transaction } = await import("./index");
  const { migrateDatabase } = await import("./migrator");
  const { seedContent } = await import("./seed-content");
  migrateDatabase(db);
  if (seed) await seedContent();
  return { dir, file, db, transaction };
}

/** A staff account for the staff verbs under test (its password hash is never checked here). */
export async function insertStaffUser(input: { name: string; email: string; role: "admin" | "manager" }) {
  const { transaction } = await import("./index");
  const { users } = await import("./schema");
  const { onlyRow } = await import("./rows");
  const { emailKeys } = await import("@/domain/email-identity");
  return transaction(async (tx) =>
    onlyRow(
      await tx
        .insert(users)
        .values({ ...input, ...emailKeys(input.email), passwordHash: "x" })
        .returning({ id: users.id, name: users.name, email: users.email, role: users.role }),
    ),
  );
}
