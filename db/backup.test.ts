import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, backupUploadsDirFor, fileTimestamp, inspectDatabase, restoreDatabase } from "./backup";
import { contactRequests } from "./schema";
import { createDb, type Db } from "./sqlite/client";
import { migrateSqlite } from "./sqlite/migrator";

let dir: string;
let live: Db;
let written = 0;

const addRequest = (db: Db) => {
  const now = new Date();
  const reference = `BT-T${++written}`;
  db.insert(contactRequests)
    .values({
      reference,
      name: "Ada",
      email: "ada@example.com",
      emailNormalized: "ada@example.com",
      company: "Co",
      role: "Backend",
      seniority: "Senior",
      developers: 1,
      desiredStart: "asap",
      message: "A message long enough.",
      sourcePage: "/contact",
      consentAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return reference;
};
const referencesIn = (file: string) => {
  const db = createDb(file);
  const rows = db.select({ reference: contactRequests.reference }).from(contactRequests).all();
  db.$client.close();
  return rows.map((row) => row.reference);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "backup-test-"));
  live = createDb(join(dir, "live", "app.db"));
  migrateSqlite(live);
  mkdirSync(join(dir, "live", "uploads", "cv"), { recursive: true });
  writeFileSync(join(dir, "live", "uploads", "cv", "cv-1.pdf"), "%PDF-1.4 one");
});
afterEach(() => {
  if (live.$client.open) live.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("backupDatabase", () => {
  it("copies a consistent snapshot and the uploads while another connection keeps writing", async () => {
    const before = Array.from({ length: 50 }, () => addRequest(live));
    let writing = true;
    const writer = (async () => {
      while (writing) {
        addRequest(live);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = join(dir, "backups", "app.db");
    await backupDatabase(join(dir, "live", "app.db"), backup);
    writing = false;
    await writer;

    const report = inspectDatabase(backup, backupUploadsDirFor(backup));
    expect(report.integrity).toBe("ok");
    expect(report.uploads).toEqual({ files: 1, bytes: 12 });
    expect(referencesIn(backup)).toEqual(expect.arrayContaining(before));
    // Self-contained: no WAL beside the copy.
    expect(existsSync(`${backup}-wal`)).toBe(false);
  });

  it("never overwrites an earlier backup", async () => {
    const backup = join(dir, "app.db");
    await backupDatabase(join(dir, "live", "app.db"), backup);
    await expect(backupDatabase(join(dir, "live", "app.db"), backup)).rejects.toThrow(/already exists/);
  });

  it("names default backups by UTC time", () => {
    expect(fileTimestamp(new Date("2026-01-31T12:34:56.789Z"))).toBe("20260131T123456Z");
  });
});

describe("restoreDatabase", () => {
  it("refuses while the database is open elsewhere, then restores the database and its uploads", async () => {
    const kept = addRequest(live);
    const backup = join(dir, "app-backup.db");
    await backupDatabase(join(dir, "live", "app.db"), backup);

    const target = join(dir, "restored", "app.db");
    const other = createDb(target);
    migrateSqlite(other);
    addRequest(other);
    mkdirSync(join(dir, "restored", "uploads", "cv"), { recursive: true });
    writeFileSync(join(dir, "restored", "uploads", "cv", "other.pdf"), "%PDF-1.4 other");

    await expect(restoreDatabase(backup, target)).rejects.toThrow(/in use/);
    other.$client.close();

    const restored = await restoreDatabase(backup, target);
    expect(restored.report.integrity).toBe("ok");
    expect(referencesIn(target)).toEqual([kept]);
    expect(readFileSync(join(dir, "restored", "uploads", "cv", "cv-1.pdf"), "utf8")).toBe("%PDF-1.4 one");
    expect(existsSync(join(dir, "restored", "uploads", "cv", "other.pdf"))).toBe(false);
    expect(restored.kept).toHaveLength(2);
    expect(existsSync(`${target}-wal`)).toBe(false);
  });

  it("refuses a backup that is not there", async () => {
    await expect(restoreDatabase(join(dir, "missing.db"), join(dir, "x.db"))).rejects.toThrow(/does not exist/);
  });
});
