import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

// The health check uses the app's single connection, configured by DATABASE_URL at import time.
async function checkWith(setup: (file: string) => Promise<void>) {
  const file = join(mkdtempSync(join(tmpdir(), "health-test-")), "app.db");
  await setup(file);
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", file);
  delete (globalThis as { __bedrockDb?: unknown }).__bedrockDb;
  const { checkDatabase } = await import("./health");
  return checkDatabase();
}

describe("checkDatabase", () => {
  it("reports ok with a migrated, seeded database", async () => {
    const result = await checkWith(async (file) => {
      const { createDb } = await import("../client");
      const { migrateDatabase } = await import("../migrator");
      const { seedContent } = await import("../seed-content");
      const db = createDb(file);
      migrateDatabase(db);
      seedContent(db);
      db.$client.close();
    });
    expect(result).toEqual({ ok: true, roles: 1 });
  });

  it("reports unavailable when the schema is missing", async () => {
    const result = await checkWith(async () => {});
    expect(result.ok).toBe(false);
  });
});
