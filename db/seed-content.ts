import { and, eq } from "drizzle-orm";
import { type Db, transaction } from "./index";
import { onlyRow } from "./rows";
import {
  comparisonRows,
  emailTemplates,
  expertWorkingHours,
  faqs,
  type GuideItem,
  guideSections,
  guides,
  hiringModels,
  processSteps,
  quickFacts,
  roles,
  seniorityLevels,
  talentExperts,
  technologies,
  tools,
  useCases,
} from "./schema";
import {
  backendGuide,
  backendGuideRevisions,
  backendRole,
  emailTemplateSeeds,
  type GuideRevision,
  type SeedExpert,
  type SeedGuide,
  type SeedRole,
  talentExperts as seedExperts,
  siteContentSeeds,
} from "./seed-data";

const ordered = <T>(rows: T[]) => rows.map((row, sortOrder) => ({ ...row, sortOrder }));

/**
 * Content is inserted only when its parent (role, guide, expert) does not exist yet, so running
 * the seed again never duplicates rows nor overwrites what a talent manager edited since.
 */
async function seedRole(tx: Db, role: SeedRole): Promise<boolean> {
  const [existing] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.slug, role.slug)).limit(1);
  if (existing) return false;
  const {
    seniorityLevels: levels,
    useCases: cases,
    quickFacts: facts,
    technologies: techs,
    tools: toolList,
    ...fields
  } = role;
  const { id: roleId } = onlyRow(await tx.insert(roles).values(fields).returning({ id: roles.id }));
  const withRole = <T>(rows: T[]) => ordered(rows).map((row) => ({ ...row, roleId }));
  await tx.insert(seniorityLevels).values(withRole(levels));
  await tx.insert(useCases).values(withRole(cases));
  await tx.insert(quickFacts).values(withRole(facts));
  await tx.insert(technologies).values(withRole(techs));
  await tx.insert(tools).values(withRole(toolList));
  return true;
}

async function seedGuide(tx: Db, guide: SeedGuide): Promise<boolean> {
  const [existing] = await tx.select({ id: guides.id }).from(guides).where(eq(guides.slug, guide.slug)).limit(1);
  if (existing) return false;
  const { sections, comparisonRows: rows, publishedAt, ...fields } = guide;
  const { id: guideId } = onlyRow(
    await tx
      .insert(guides)
      .values({ ...fields, publishedAt: new Date(publishedAt) })
      .returning({ id: guides.id }),
  );
  await tx.insert(guideSections).values(ordered(sections).map((section) => ({ ...section, guideId })));
  await tx.insert(comparisonRows).values(ordered(rows).map((row) => ({ ...row, guideId })));
  return true;
}

type SectionText = { heading: string; body: string; items: GuideItem[] };

// Item by item: PostgreSQL's jsonb does not keep an object's key order, so the JSON texts may differ.
const sameSection = (a: SectionText, b: SectionText) =>
  a.heading === b.heading &&
  a.body === b.body &&
  a.items.length === b.items.length &&
  a.items.every((item, index) => item.title === b.items[index]?.title && item.text === b.items[index]?.text);

/**
 * Brings text the seed has rewritten since to a guide seeded before: a section or row is rewritten
 * only while it reads exactly as first seeded, so a manager's edit stays and a second run finds
 * nothing to do. Returns how many sections and rows it rewrote.
 */
async function reviseGuide(tx: Db, guide: SeedGuide, revision: GuideRevision): Promise<number> {
  const [existing] = await tx.select({ id: guides.id }).from(guides).where(eq(guides.slug, guide.slug)).limit(1);
  if (!existing) return 0;
  const guideId = existing.id;
  let revised = 0;
  for (const { key, heading, body, items } of guide.sections) {
    const was = revision.sections[key];
    if (!was) continue;
    const [current] = await tx
      .select()
      .from(guideSections)
      .where(and(eq(guideSections.guideId, guideId), eq(guideSections.key, key)));
    if (!current || !sameSection(current, was)) continue;
    await tx.update(guideSections).set({ heading, body, items }).where(eq(guideSections.id, current.id));
    revised += 1;
  }
  for (const { was, now } of revision.rows) {
    const [current] = await tx
      .select({ id: comparisonRows.id, sortOrder: comparisonRows.sortOrder })
      .from(comparisonRows)
      .where(
        and(
          eq(comparisonRows.guideId, guideId),
          eq(comparisonRows.aspect, was.aspect),
          eq(comparisonRows.frontend, was.frontend),
          eq(comparisonRows.backend, was.backend),
        ),
      );
    if (!current) continue;
    const [first, ...added] = now.map((aspect) => {
      const row = guide.comparisonRows.find((seeded) => seeded.aspect === aspect);
      if (!row) throw new Error(`The revision of ${guide.slug} names a row the seed lacks: ${aspect}`);
      return row;
    });
    if (first) await tx.update(comparisonRows).set(first).where(eq(comparisonRows.id, current.id));
    // A manager's own row of the same aspect stays as it is.
    for (const [index, row] of added.entries())
      await tx
        .insert(comparisonRows)
        .values({ ...row, guideId, sortOrder: current.sortOrder + index + 1 })
        .onConflictDoNothing();
    revised += 1;
  }
  if (revised > 0) await tx.update(guides).set({ updatedAt: new Date() }).where(eq(guides.id, guideId));
  return revised;
}

const minutes = (time: string) => {
  const [hours = 0, mins = 0] = time.split(":").map(Number);
  return hours * 60 + mins;
};

async function seedExpert(tx: Db, expert: SeedExpert): Promise<boolean> {
  const [existing] = await tx
    .select({ id: talentExperts.id })
    .from(talentExperts)
    .where(eq(talentExperts.slug, expert.slug))
    .limit(1);
  if (existing) return false;
  const { workingHours, ...fields } = expert;
  const sortOrder = seedExperts.indexOf(expert);
  const { id: expertId } = onlyRow(
    await tx
      .insert(talentExperts)
      .values({ ...fields, sortOrder })
      .returning({ id: talentExperts.id }),
  );
  await tx.insert(expertWorkingHours).values(
    workingHours.map((range) => ({
      expertId,
      weekday: range.weekday,
      startMinute: minutes(range.start),
      endMinute: minutes(range.end),
    })),
  );
  return true;
}

/** Seeds what is missing, in one transaction; returns what it created. */
export async function seedContent() {
  return transaction(async (tx) => {
    const created: string[] = [];
    if (await seedRole(tx, backendRole)) created.push(`role ${backendRole.slug}`);
    if (await seedGuide(tx, backendGuide)) created.push(`guide ${backendGuide.slug}`);
    for (const revision of backendGuideRevisions) {
      const revised = await reviseGuide(tx, backendGuide, revision);
      if (revised > 0) created.push(`guide ${backendGuide.slug}: ${revised} parts rewritten`);
    }
    let newExperts = 0;
    for (const expert of seedExperts) if (await seedExpert(tx, expert)) newExperts += 1;
    if (newExperts > 0) created.push(`${newExperts} talent experts`);
    // How it works, hiring models and FAQ, each list once: a database that has any row of it keeps the managers' own.
    const siteLists = [
      [processSteps, siteContentSeeds.steps, "steps"],
      [hiringModels, siteContentSeeds.hiringModels, "hiring models"],
      [faqs, siteContentSeeds.faqs, "questions"],
    ] as const;
    for (const [table, rows, name] of siteLists) {
      const [existing] = await tx.select({ id: table.id }).from(table).limit(1);
      if (existing) continue;
      await tx.insert(table).values(ordered<(typeof rows)[number]>([...rows]));
      created.push(`${rows.length} ${name}`);
    }
    // The starting templates, once: a database that has any template keeps the managers' own.
    const [template] = await tx.select({ id: emailTemplates.id }).from(emailTemplates).limit(1);
    if (!template) {
      await tx.insert(emailTemplates).values(emailTemplateSeeds);
      created.push(`${emailTemplateSeeds.length} email templates`);
    }
    return created;
  });
}
