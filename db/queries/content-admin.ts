import "server-only";
import { and, asc, eq, max } from "drizzle-orm";
import { contentKinds } from "@/domain/content-kinds";
import { ok, type Result, refused } from "@/domain/result";
import { slugify, uniqueSlug } from "@/domain/slug";
import { isUniqueViolation } from "../errors";
import { type Db, db, transaction } from "../index";
import {
  comparisonRows,
  faqs,
  guideSections,
  guides,
  hiringModels,
  processSteps,
  quickFacts,
  roles,
  seniorityLevels,
  technologies,
  tools,
  useCases,
} from "../schema";
import { listSiteContent } from "./content";
import { assertStaff, type SessionUser } from "./users";

const tables = {
  seniority: seniorityLevels,
  useCase: useCases,
  fact: quickFacts,
  technology: technologies,
  tool: tools,
  section: guideSections,
  comparison: comparisonRows,
  step: processSteps,
  hiringModel: hiringModels,
  faq: faqs,
} as const;
type Kind = keyof typeof tables;
type GuideKind = "section" | "comparison";
type SiteKind = "step" | "hiringModel" | "faq";
const isGuideKind = (kind: Kind): kind is GuideKind => contentKinds[kind].parent === "guide";
const isSiteKind = (kind: Kind): kind is SiteKind => contentKinds[kind].parent === "site";

/**
 * The rows of the page being edited: a role's or a guide's (by its id), or, for the site-wide lists,
 * which have no parent, every row (parentId is null).
 */
function ofParent(kind: Kind, parentId: number | null) {
  if (isSiteKind(kind)) return undefined;
  if (parentId === null) throw new Error(`A ${kind} row belongs to a ${contentKinds[kind].parent}.`);
  return eq(isGuideKind(kind) ? tables[kind].guideId : tables[kind].roleId, parentId);
}
const parentValues = (kind: Kind, parentId: number | null) =>
  isSiteKind(kind) ? {} : isGuideKind(kind) ? { guideId: parentId } : { roleId: parentId };
/** The guide page renders the comparison table inside the section with this key. */
const COMPARISON_SECTION_KEY = "comparison";

/**
 * Why a content edit is refused: another entry (or role) has that name or address, the entry is
 * gone (deleted in another tab), or it is the guide's comparison section, which cannot be deleted.
 */
export type ContentRefusal = "duplicate-name" | "duplicate-address" | "gone" | "comparison-section";
type SaveResult = Result<undefined, ContentRefusal>;

export async function listRolesForEdit(actor: SessionUser) {
  assertStaff(actor);
  return db
    .select({ id: roles.id, slug: roles.slug, name: roles.name })
    .from(roles)
    .orderBy(asc(roles.sortOrder), asc(roles.name));
}

export async function getRoleForEdit(actor: SessionUser, slug: string) {
  assertStaff(actor);
  const [role] = await db.select().from(roles).where(eq(roles.slug, slug)).limit(1);
  if (!role) return null;
  const rows = <K extends Exclude<Kind, GuideKind | SiteKind>>(kind: K) =>
    db.select().from(tables[kind]).where(eq(tables[kind].roleId, role.id)).orderBy(asc(tables[kind].sortOrder));
  return {
    role,
    lists: {
      seniority: await rows("seniority"),
      useCase: await rows("useCase"),
      fact: await rows("fact"),
      technology: await rows("technology"),
      tool: await rows("tool"),
    },
  };
}

export async function getGuideForEdit(actor: SessionUser, slug: string) {
  assertStaff(actor);
  const [guide] = await db.select().from(guides).where(eq(guides.slug, slug)).limit(1);
  if (!guide) return null;
  return {
    guide,
    lists: {
      section: await db
        .select()
        .from(guideSections)
        .where(eq(guideSections.guideId, guide.id))
        .orderBy(asc(guideSections.sortOrder), asc(guideSections.id)),
      comparison: await db
        .select()
        .from(comparisonRows)
        .where(eq(comparisonRows.guideId, guide.id))
        .orderBy(asc(comparisonRows.sortOrder)),
    },
  };
}

/** The site-wide lists (/how-it-works): steps, hiring models and questions, in their order. */
export async function getSiteListsForEdit(actor: SessionUser) {
  assertStaff(actor);
  const { steps, hiringModels: models, faqs: questions } = await listSiteContent();
  return { step: steps, hiringModel: models, faq: questions };
}

export async function createRole(
  actor: SessionUser,
  input: { slug: string; name: string; headline: string; summary: string; salaryYear: number },
): Promise<SaveResult> {
  assertStaff(actor);
  try {
    await transaction(async (tx) => {
      const [last] = await tx.select({ value: max(roles.sortOrder) }).from(roles);
      await tx.insert(roles).values({ ...input, sortOrder: (last?.value ?? 0) + 1 });
    });
    return ok();
  } catch (error) {
    if (isUniqueViolation(error)) return refused("duplicate-address");
    throw error;
  }
}

export async function updateRole(
  actor: SessionUser,
  id: number,
  input: { name: string; headline: string; summary: string; salaryYear: number },
): Promise<SaveResult> {
  assertStaff(actor);
  await transaction(async (tx) => {
    await tx
      .update(roles)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(roles.id, id));
  });
  return ok();
}

/**
 * Inserts (no id) or updates a row of one of the content lists, under the given parent (null for the
 * site-wide lists). An empty sortOrder puts a new row last and leaves an existing row where it is.
 */
export async function saveContentRow(
  actor: SessionUser,
  kind: Kind,
  parentId: number | null,
  id: number | null,
  values: Record<string, unknown>,
): Promise<SaveResult> {
  assertStaff(actor);
  const table = tables[kind];
  const { sortOrder, ...fields } = values;
  const order = typeof sortOrder === "number" ? { sortOrder } : {};
  try {
    return await transaction(async (tx): Promise<SaveResult> => {
      if (id === null) {
        const [last] = await tx
          .select({ value: max(table.sortOrder) })
          .from(table)
          .where(ofParent(kind, parentId));
        const key =
          kind === "section" && parentId !== null
            ? { key: await newSectionKey(tx, parentId, String(fields.heading)) }
            : {};
        await tx.insert(table).values({
          ...fields,
          ...key,
          ...parentValues(kind, parentId),
          sortOrder: (last?.value ?? -1) + 1,
          ...order,
        } as never);
      } else {
        const changed = await tx
          .update(table)
          .set({ ...fields, ...order } as never)
          .where(and(eq(table.id, id), ofParent(kind, parentId)))
          .returning({ id: table.id });
        if (changed.length === 0) return refused("gone");
      }
      await touchParent(tx, kind, parentId);
      return ok();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("duplicate-name");
    throw error;
  }
}

/**
 * The deleted row (null when there was none) and its page's slug (null for the site-wide lists), so
 * the editor can say what it did.
 */
export async function deleteContentRow(
  actor: SessionUser,
  kind: Kind,
  parentId: number | null,
  id: number,
): Promise<Result<{ deleted: Record<string, unknown> | null; parentSlug: string | null }, ContentRefusal>> {
  assertStaff(actor);
  const table = tables[kind];
  return transaction(async (tx) => {
    if (kind === "section" && parentId !== null) {
      const [section] = await tx
        .select({ key: guideSections.key })
        .from(guideSections)
        .where(and(eq(guideSections.id, id), eq(guideSections.guideId, parentId)))
        .limit(1);
      if (section?.key === COMPARISON_SECTION_KEY) return refused("comparison-section");
    }
    const [deleted] = await tx
      .delete(table)
      .where(and(eq(table.id, id), ofParent(kind, parentId)))
      .returning();
    await touchParent(tx, kind, parentId);
    return ok({ deleted: deleted ?? null, parentSlug: await parentSlug(tx, kind, parentId) });
  });
}

type Writer = Pick<Db, "select" | "insert" | "update">;

/** A new section's anchor on the guide page, from its heading; it stays when the heading changes. */
async function newSectionKey(tx: Writer, guideId: number, heading: string) {
  const rows = await tx
    .select({ key: guideSections.key })
    .from(guideSections)
    .where(eq(guideSections.guideId, guideId));
  const keys = new Set(rows.map((row) => row.key));
  return uniqueSlug(slugify(heading, "section"), (key) => keys.has(key));
}

/** The parent's updatedAt feeds the sitemap's lastModified (the site-wide lists have no parent). */
async function touchParent(writer: Writer, kind: Kind, parentId: number | null) {
  if (isSiteKind(kind) || parentId === null) return;
  if (isGuideKind(kind)) await writer.update(guides).set({ updatedAt: new Date() }).where(eq(guides.id, parentId));
  else await writer.update(roles).set({ updatedAt: new Date() }).where(eq(roles.id, parentId));
}

async function parentSlug(reader: Writer, kind: Kind, parentId: number | null) {
  if (isSiteKind(kind) || parentId === null) return null;
  const [parent] = isGuideKind(kind)
    ? await reader.select({ slug: guides.slug }).from(guides).where(eq(guides.id, parentId)).limit(1)
    : await reader.select({ slug: roles.slug }).from(roles).where(eq(roles.id, parentId)).limit(1);
  return parent?.slug ?? null;
}
