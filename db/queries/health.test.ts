import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeAppDatabase, openFreshDatabase } from "../test-database";

afterEach(() => closeAppDatabase());

describe("checkDatabase", () => {
  it("reports ok with a migrated, seeded database", async () => {
    await openFreshDatabase("health");
    const { checkDatabase } = await import("./health");
    expect(await checkDatabase()).toEqual({ ok: true, roles: 1 });
  });

  it("reports unavailable when the schema is missing", async () => {
    // The app's connections, configured by DATABASE_URL at import time, on a file never migrated.
    await closeAppDatabase();
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", join(mkdtempSync(join(tmpdir(), "health-test-")), "app.db"));
    const { checkDatabase } = await import("./health");
    expect((await checkDatabase()).ok).toBe(false);
  });
});
