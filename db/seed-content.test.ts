import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backendGuide, backendGuideRevisions, backendRole, siteContentSeeds, talentExperts } from "./seed-data";
import { createDb, type Db } from "./sqlite/client";
import { closeAppDatabase, openFreshDatabase, refusedBy } from "./test-database";

let db: Db;
let transaction: typeof import("./index").transaction;
let seedContent: typeof import("./seed-content").seedContent;
// The tables of the fresh database's engine: db/schema.ts chooses them when it is imported.
let schema: typeof import("./schema");

beforeEach(async () => {
  ({ db, transaction } = await openFreshDatabase("seed", { seed: false }));
  ({ seedContent } = await import("./seed-content"));
  schema = await import("./schema");
});
afterEach(() => closeAppDatabase());

const contentTables = () => [
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
  schema.processSteps,
  schema.hiringModels,
  schema.faqs,
];
const counts = () =>
  Promise.all(contentTables().map(async (table) => (await db.select({ n: count() }).from(table))[0]?.n));

describe("seedContent", () => {
  // About SQLite itself (the file and its pragmas): it opens its own SQLite file on either test engine.
  it("creates the SQLite database file in a missing folder and applies the pragmas", () => {
    const dir = mkdtempSync(join(tmpdir(), "seed-test-"));
    const file = createDb(join(dir, "nested", "app.db"));
    expect(file.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(file.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(file.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
    file.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("inserts every item of the content brief", async () => {
    await seedContent();
    expect(await counts()).toEqual([
      1,
      backendRole.seniorityLevels.length,
      10,
      backendRole.quickFacts.length,
      5,
      10,
      1,
      backendGuide.sections.length,
      backendGuide.comparisonRows.length,
      talentExperts.length,
      5,
      3,
      siteContentSeeds.faqs.length,
    ]);
    const steps = await db.select().from(schema.processSteps).orderBy(schema.processSteps.sortOrder);
    expect(steps.map((step) => step.title)).toEqual([
      "Send a request",
      "Discovery call",
      "Shortlist",
      "Interviews",
      "Hire",
    ]);
    expect(steps.every((step) => step.duration.length > 0)).toBe(true);
  });

  it("gives a database made before the site-wide lists its steps, models and questions, once", async () => {
    await seedContent();
    await transaction(async (tx) => {
      await tx.delete(schema.processSteps);
      await tx.delete(schema.hiringModels);
      await tx.delete(schema.faqs);
      await tx.insert(schema.faqs).values({ question: "A manager's own question?", answer: "Kept.", sortOrder: 0 });
    });
    expect(await seedContent()).toEqual(["5 steps", "3 hiring models"]);
    const questions = await db.select({ question: schema.faqs.question }).from(schema.faqs);
    expect(questions).toEqual([{ question: "A manager's own question?" }]);
  });

  it("is idempotent and keeps edits made after the first run", async () => {
    await seedContent();
    await transaction(async (tx) => {
      await tx
        .update(schema.tools)
        .set({ description: "Edited by a talent manager" })
        .where(eq(schema.tools.name, "Flask"));
    });
    const before = await counts();
    expect(await seedContent()).toEqual([]);
    expect(await counts()).toEqual(before);
    const [flask] = await db.select().from(schema.tools).where(eq(schema.tools.name, "Flask"));
    expect(flask?.description).toBe("Edited by a talent manager");
  });

  it("says where the guide's salary figures and popular tools come from, and what the figures average", async () => {
    await seedContent();
    const [salary] = await db.select().from(schema.guideSections).where(eq(schema.guideSections.key, "salary"));
    expect(salary?.body).toContain("reported in the published article this guide draws on, which gives no year");
    expect(salary?.body).toContain("every level of experience together");
    expect(salary?.body).toContain("our indicative averages for each level");
    expect(salary?.items.find((item) => item.title === "United States")?.text).toBe(
      "About $120,798 a year: the reported average salary of a backend developer, all levels of experience together.",
    );
    const rows = await db
      .select({ aspect: schema.comparisonRows.aspect, backend: schema.comparisonRows.backend })
      .from(schema.comparisonRows)
      .orderBy(schema.comparisonRows.sortOrder);
    expect(rows.slice(-3)).toEqual([
      { aspect: "Average US salary, all levels (reported)", backend: "$120,798 per year" },
      { aspect: "Most popular tools (as the article lists them)", backend: "MySQL, PHP" },
      { aspect: "Common tools today (our summary)", backend: expect.stringContaining("Node.js with Express.js") },
    ]);
  });

  it("gives a guide seeded before the rewritten text, except where a manager edited it, once", async () => {
    await seedContent();
    // The guide as the earlier seed wrote it, with the comparison's introduction since edited by a manager.
    const [revision] = backendGuideRevisions;
    const edited = "A manager's own introduction.";
    await transaction(async (tx) => {
      for (const [key, was] of Object.entries(revision?.sections ?? {}))
        await tx
          .update(schema.guideSections)
          .set(key === "comparison" ? { ...was, body: edited } : was)
          .where(eq(schema.guideSections.key, key));
      await tx
        .delete(schema.comparisonRows)
        .where(eq(schema.comparisonRows.aspect, "Common tools today (our summary)"));
      for (const { was, now } of revision?.rows ?? [])
        await tx
          .update(schema.comparisonRows)
          .set(was)
          .where(eq(schema.comparisonRows.aspect, now[0] ?? ""));
    });

    expect(await seedContent()).toEqual([`guide ${backendGuide.slug}: 3 parts rewritten`]);
    const sections = await db.select().from(schema.guideSections);
    const seeded = (key: string) => backendGuide.sections.find((section) => section.key === key);
    expect(sections.find((section) => section.key === "salary")).toMatchObject({
      body: seeded("salary")?.body,
      items: seeded("salary")?.items,
    });
    expect(sections.find((section) => section.key === "comparison")?.body).toBe(edited);
    const rows = await db
      .select({
        aspect: schema.comparisonRows.aspect,
        frontend: schema.comparisonRows.frontend,
        backend: schema.comparisonRows.backend,
      })
      .from(schema.comparisonRows)
      .orderBy(schema.comparisonRows.sortOrder);
    expect(rows).toEqual(backendGuide.comparisonRows);

    expect(await seedContent()).toEqual([]);
    expect(await db.select({ n: count() }).from(schema.comparisonRows)).toEqual([
      { n: backendGuide.comparisonRows.length },
    ]);
  });

  it("rejects invalid content through schema constraints", async () => {
    await seedContent();
    const [role] = await db.select().from(schema.roles);
    const roleId = role?.id ?? 0;
    const inverted = await refusedBy(
      transaction(async (tx) => {
        await tx
          .insert(schema.seniorityLevels)
          .values({ roleId, name: "Broken", yearsMin: 5, yearsMax: 2, salary: 1, responsibilities: [] });
      }),
    );
    expect(inverted.kind).toBe("check");
    const badSlug = await refusedBy(
      transaction(async (tx) => {
        await tx.insert(schema.roles).values({ ...backendRole, slug: "Bad Slug" });
      }),
    );
    expect(badSlug.kind).toBe("check");
  });
});
