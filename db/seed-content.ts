import { eq } from "drizzle-orm";
import type { Db } from "./client";
import {
  comparisonRows,
  expertWorkingHours,
  guideSections,
  guides,
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
  backendRole,
  type SeedExpert,
  type SeedGuide,
  type SeedRole,
  talentExperts as seedExperts,
} from "./seed-data";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
const ordered = <T>(rows: T[]) => rows.map((row, sortOrder) => ({ ...row, sortOrder }));

/**
 * Content is inserted only when its parent (role, guide, expert) does not exist yet, so running
 * the seed again never duplicates rows nor overwrites what a talent manager edited since.
 */
function seedRole(tx: Tx, role: SeedRole): boolean {
  if (tx.select({ id: roles.id }).from(roles).where(eq(roles.slug, role.slug)).get()) return false;
  const {
    seniorityLevels: levels,
    useCases: cases,
    quickFacts: facts,
    technologies: techs,
    tools: toolList,
    ...fields
  } = role;
  const { id: roleId } = tx.insert(roles).values(fields).returning({ id: roles.id }).get();
  const withRole = <T>(rows: T[]) => ordered(rows).map((row) => ({ ...row, roleId }));
  tx.insert(seniorityLevels).values(withRole(levels)).run();
  tx.insert(useCases).values(withRole(cases)).run();
  tx.insert(quickFacts).values(withRole(facts)).run();
  tx.insert(technologies).values(withRole(techs)).run();
  tx.insert(tools).values(withRole(toolList)).run();
  return true;
}

function seedGuide(tx: Tx, guide: SeedGuide): boolean {
  if (tx.select({ id: guides.id }).from(guides).where(eq(guides.slug, guide.slug)).get()) return false;
  const { sections, comparisonRows: rows, publishedAt, ...fields } = guide;
  const { id: guideId } = tx
    .insert(guides)
    .values({ ...fields, publishedAt: new Date(publishedAt) })
    .returning({ id: guides.id })
    .get();
  tx.insert(guideSections)
    .values(ordered(sections).map((section) => ({ ...section, guideId })))
    .run();
  tx.insert(comparisonRows)
    .values(ordered(rows).map((row) => ({ ...row, guideId })))
    .run();
  return true;
}

const minutes = (time: string) => {
  const [hours = 0, mins = 0] = time.split(":").map(Number);
  return hours * 60 + mins;
};

function seedExpert(tx: Tx, expert: SeedExpert): boolean {
  if (tx.select({ id: talentExperts.id }).from(talentExperts).where(eq(talentExperts.slug, expert.slug)).get())
    return false;
  const { workingHours, ...fields } = expert;
  const sortOrder = seedExperts.indexOf(expert);
  const { id: expertId } = tx
    .insert(talentExperts)
    .values({ ...fields, sortOrder })
    .returning({ id: talentExperts.id })
    .get();
  tx.insert(expertWorkingHours)
    .values(
      workingHours.map((range) => ({
        expertId,
        weekday: range.weekday,
        startMinute: minutes(range.start),
        endMinute: minutes(range.end),
      })),
    )
    .run();
  return true;
}

export function seedContent(db: Db) {
  return db.transaction(
    (tx) => {
      const created: string[] = [];
      if (seedRole(tx, backendRole)) created.push(`role ${backendRole.slug}`);
      if (seedGuide(tx, backendGuide)) created.push(`guide ${backendGuide.slug}`);
      const newExperts = seedExperts.filter((expert) => seedExpert(tx, expert));
      if (newExperts.length > 0) created.push(`${newExperts.length} talent experts`);
      return created;
    },
    { behavior: "immediate" },
  );
}
