import "server-only";
import { and, asc, eq, max } from "drizzle-orm";
import { slugify, uniqueSlug } from "@/domain/slug";
import { db } from "../index";
import {
  comparisonRows,
  guideSections,
  guides,
  quickFacts,
  roles,
  seniorityLevels,
  technologies,
  tools,
  useCases,
} from "../schema";
import { isUniqueViolation } from "./contact-requests";
import { assertStaff, type SessionUser } from "./users";

const tables = {
  seniority: seniorityLevels,
  useCase: useCases,
  fact: quickFacts,
  technology: technologies,
  tool: tools,
  section: guideSections,
  comparison: comparisonRows,
} as const;
type Kind = keyof typeof tables;
type GuideKind = "section" | "comparison";
const isGuideKind = (kind: Kind): kind is GuideKind => kind === "section" || kind === "comparison";
const parentColumn = (kind: Kind) => (isGuideKind(kind) ? tables[kind].guideId : tables[kind].roleId);
/** The guide page renders the comparison table inside the section with this key. */
const COMPARISON_SECTION_KEY = "comparison";

export type SaveResult = { ok: true } | { ok: false; message: string };
const duplicate: SaveResult = { ok: false, message: "Another entry in this list already has that name." };

export async function listRolesForEdit(actor: SessionUser) {
  assertStaff(actor);
  return db
    .select({ id: roles.id, slug: roles.slug, name: roles.name })
    .from(roles)
    .orderBy(asc(roles.sortOrder), asc(roles.name))
    .all();
}

export async function getRoleForEdit(actor: SessionUser, slug: string) {
  assertStaff(actor);
  const role = db.select().from(roles).where(eq(roles.slug, slug)).get();
  if (!role) return null;
  const rows = <K extends Exclude<Kind, GuideKind>>(kind: K) =>
    db.select().from(tables[kind]).where(eq(tables[kind].roleId, role.id)).orderBy(asc(tables[kind].sortOrder)).all();
  return {
    role,
    lists: {
      seniority: rows("seniority"),
      useCase: rows("useCase"),
      fact: rows("fact"),
      technology: rows("technology"),
      tool: rows("tool"),
    },
  };
}

export async function getGuideForEdit(actor: SessionUser, slug: string) {
  assertStaff(actor);
  const guide = db.select().from(guides).where(eq(guides.slug, slug)).get();
  if (!guide) return null;
  return {
    guide,
    lists: {
      section: db
        .select()
        .from(guideSections)
        .where(eq(guideSections.guideId, guide.id))
        .orderBy(asc(guideSections.sortOrder), asc(guideSections.id))
        .all(),
      comparison: db
        .select()
        .from(comparisonRows)
        .where(eq(comparisonRows.guideId, guide.id))
        .orderBy(asc(comparisonRows.sortOrder))
        .all(),
    },
  };
}

export function createRole(
  actor: SessionUser,
  input: { slug: string; name: string; headline: string; summary: string; salaryYear: number },
): SaveResult {
  assertStaff(actor);
  try {
    const sortOrder =
      (db
        .select({ value: max(roles.sortOrder) })
        .from(roles)
        .get()?.value ?? 0) + 1;
    db.insert(roles)
      .values({ ...input, sortOrder })
      .run();
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: "A role with that address already exists." };
    throw error;
  }
}

export function updateRole(
  actor: SessionUser,
  id: number,
  input: { name: string; headline: string; summary: string; salaryYear: number },
): SaveResult {
  assertStaff(actor);
  db.update(roles)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(roles.id, id))
    .run();
  return { ok: true };
}

/**
 * Inserts (no id) or updates a row of one of the content lists, under the given parent. An empty
 * sortOrder puts a new row last and leaves an existing row where it is.
 */
export function saveContentRow(
  actor: SessionUser,
  kind: Kind,
  parentId: number,
  id: number | null,
  values: Record<string, unknown>,
): SaveResult {
  assertStaff(actor);
  const table = tables[kind];
  const { sortOrder, ...fields } = values;
  const order = typeof sortOrder === "number" ? { sortOrder } : {};
  try {
    return db.transaction(
      (tx) => {
        if (id === null) {
          const last =
            tx
              .select({ value: max(table.sortOrder) })
              .from(table)
              .where(eq(parentColumn(kind), parentId))
              .get()?.value ?? -1;
          const parent = isGuideKind(kind) ? { guideId: parentId } : { roleId: parentId };
          const key = kind === "section" ? { key: newSectionKey(tx, parentId, String(fields.heading)) } : {};
          tx.insert(table)
            .values({ ...fields, ...key, ...parent, sortOrder: last + 1, ...order } as never)
            .run();
        } else {
          const changed = tx
            .update(table)
            .set({ ...fields, ...order } as never)
            .where(and(eq(table.id, id), eq(parentColumn(kind), parentId)))
            .run();
          if (changed.changes === 0) return gone;
        }
        touchParent(tx, kind, parentId);
        return { ok: true } as const;
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate;
    throw error;
  }
}

/** The deleted row (null when there was none) and its page's slug, so the editor can say what it did. */
export function deleteContentRow(
  actor: SessionUser,
  kind: Kind,
  parentId: number,
  id: number,
): { ok: true; deleted: Record<string, unknown> | null; parentSlug: string | null } | { ok: false; message: string } {
  assertStaff(actor);
  const table = tables[kind];
  if (kind === "section") {
    const section = db
      .select({ key: guideSections.key })
      .from(guideSections)
      .where(and(eq(guideSections.id, id), eq(guideSections.guideId, parentId)))
      .get();
    if (section?.key === COMPARISON_SECTION_KEY)
      return {
        ok: false,
        message: "This section holds the frontend-vs-backend table; edit its heading and text instead.",
      };
  }
  const [deleted] = db
    .delete(table)
    .where(and(eq(table.id, id), eq(parentColumn(kind), parentId)))
    .returning()
    .all();
  touchParent(db, kind, parentId);
  const parent = isGuideKind(kind)
    ? db.select({ slug: guides.slug }).from(guides).where(eq(guides.id, parentId)).get()
    : db.select({ slug: roles.slug }).from(roles).where(eq(roles.id, parentId)).get();
  return { ok: true, deleted: deleted ?? null, parentSlug: parent?.slug ?? null };
}

type Writer = Pick<typeof db, "select" | "insert" | "update">;
const gone: SaveResult = { ok: false, message: "This entry no longer exists; reload the page." };

/** A new section's anchor on the guide page, from its heading; it stays when the heading changes. */
function newSectionKey(tx: Writer, guideId: number, heading: string) {
  const keys = new Set(
    tx
      .select({ key: guideSections.key })
      .from(guideSections)
      .where(eq(guideSections.guideId, guideId))
      .all()
      .map((row) => row.key),
  );
  return uniqueSlug(slugify(heading, "section"), (key) => keys.has(key));
}

/** The parent's updatedAt feeds the sitemap's lastModified. */
function touchParent(writer: Writer, kind: Kind, parentId: number) {
  if (isGuideKind(kind)) writer.update(guides).set({ updatedAt: new Date() }).where(eq(guides.id, parentId)).run();
  else writer.update(roles).set({ updatedAt: new Date() }).where(eq(roles.id, parentId)).run();
}
