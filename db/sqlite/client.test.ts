import { chmodSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "./client";

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("files at rest are the owner's only (S9)", () => {
  it("creates the database folder 0700 and the database, its -wal and -shm 0600", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "bedrock-perm-")), "data");
    const file = join(dir, "app.db");
    const db = createDb(file);
    db.$client.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    expect(mode(dir)).toBe("700");
    expect(mode(file)).toBe("600");
    expect(mode(`${file}-wal`)).toBe("600");
    expect(mode(`${file}-shm`)).toBe("600");
    db.$client.close();
  });

  it("takes group and world access away from an existing database file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bedrock-perm-")), "old.db");
    writeFileSync(file, "");
    chmodSync(file, 0o644);
    createDb(file).$client.close();
    expect(mode(file)).toBe("600");
  });

  it("creates the uploads folders 0700 and a CV 0600", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "bedrock-perm-")), "data");
    vi.stubEnv("DATABASE_URL", join(dir, "app.db"));
    vi.resetModules();
    const { saveCv } = await import("@/services/cv-storage");
    const key = await saveCv(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), ".pdf");
    expect(mode(join(dir, "uploads"))).toBe("700");
    expect(mode(join(dir, "uploads", "cv"))).toBe("700");
    expect(mode(join(dir, "uploads", "cv", key))).toBe("600");
  });
});
