import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeAppDatabase, freshDatabaseUrl, openFreshDatabase } from "../test-database";

afterEach(() => closeAppDatabase());

describe("checkDatabase", () => {
  it("reports ok with a migrated, seeded database", async () => {
    await openFreshDatabase("health");
    const { checkDatabase } = await import("./health");
    const { engine } = await import("../engine");
    expect(await checkDatabase()).toEqual({ ok: true, engine, roles: 1 });
    expect(engine).toBe(process.env.TEST_POSTGRES_URL ? "postgres" : "sqlite");
  });

  it("reports unavailable when the schema is missing", async () => {
    // The app's connections, configured by DATABASE_URL at import time, on a database never migrated.
    const url = await freshDatabaseUrl(mkdtempSync(join(tmpdir(), "health-test-")), "health-unmigrated");
    await closeAppDatabase();
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", url);
    const { checkDatabase } = await import("./health");
    expect((await checkDatabase()).ok).toBe(false);
  });
});
