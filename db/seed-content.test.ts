import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client";
import { migrateDatabase } from "./migrator";
import * as schema from "./schema";
import { seedContent } from "./seed-content";
import { backendGuide, backendRole, talentExperts } from "./seed-data";

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "seed-test-"));
  db = createDb(join(dir, "nested", "app.db"));
  migrateDatabase(db);
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const tables = [
  schema.roles,
  schema.seniorityLevels,
  schema.useCases,
  schema.quickFacts,
  schema.technologies,
  schema.tools,
  schema.guides,
  schema.guideSections,
  schema.comparisonRows,
  schema.talentExperts,
] as const;
const counts = () => tables.map((table) => db.select({ n: count() }).from(table).get()?.n);

describe("seedContent", () => {
  it("creates the database file in a missing folder and applies the pragmas", () => {
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("inserts every item of the content brief", () => {
    seedContent(db);
    expect(counts()).toEqual([
      1,
      backendRole.seniorityLevels.length,
      10,
      backendRole.quickFacts.length,
      5,
      10,
      1,
      backendGuide.sections.length,
      6,
      talentExperts.length,
    ]);
  });

  it("is idempotent and keeps edits made after the first run", () => {
    seedContent(db);
    db.update(schema.tools)
      .set({ description: "Edited by a talent manager" })
      .where(eq(schema.tools.name, "Flask"))
      .run();
    const before = counts();
    expect(seedContent(db)).toEqual([]);
    expect(counts()).toEqual(before);
    expect(db.select().from(schema.tools).where(eq(schema.tools.name, "Flask")).get()?.description).toBe(
      "Edited by a talent manager",
    );
  });

  it("rejects invalid content through schema constraints", () => {
    seedContent(db);
    const roleId = db.select().from(schema.roles).get()!.id;
    expect(() =>
      db
        .insert(schema.seniorityLevels)
        .values({ roleId, name: "Broken", yearsMin: 5, yearsMax: 2, salary: 1, responsibilities: [] })
        .run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .insert(schema.roles)
        .values({ ...backendRole, slug: "Bad Slug" })
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });
});
