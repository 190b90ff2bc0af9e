import "server-only";
import { and, asc, eq, max } from "drizzle-orm";
import { db } from "../index";
import { comparisonRows, guides, quickFacts, roles, seniorityLevels, technologies, tools, useCases } from "../schema";
import { isUniqueViolation } from "./contact-requests";
import { assertRole, type SessionUser } from "./users";

const assertStaff = (actor: SessionUser) => assertRole(actor, "admin", "manager");

const tables = { seniority: seniorityLevels, useCase: useCases, fact: quickFacts, technology: technologies, tool: tools, comparison: comparisonRows } as const;
type Kind = keyof typeof tables;
const parentColumn = (kind: Kind) => (kind === "comparison" ? comparisonRows.guideId : tables[kind].roleId);

export type SaveResult = { ok: true } | { ok: false; message: string };
const duplicate: SaveResult = { ok: false, message: "Another entry in this list already has that name." };

export async function listRolesForEdit(actor: SessionUser) {
  assertStaff(actor);
  return db.select({ id: roles.id, slug: roles.slug, name: roles.name }).from(roles).orderBy(asc(roles.sortOrder), asc(roles.name)).all();
}

export async function getRoleForEdit(actor: SessionUser, slug: string) {
  assertStaff(actor);
  const role = db.select().from(roles).where(eq(roles.slug, slug)).get();
  if (!role) return null;
  const rows = <K extends Exclude<Kind, "comparison">>(kind: K) =>
    db.select().from(tables[kind]).where(eq(tables[kind].roleId, role.id)).orderBy(asc(tables[kind].sortOrder)).all();
  return { role, lists: { seniority: rows("seniority"), useCase: rows("useCase"), fact: rows("fact"), technology: rows("technology"), tool: rows("tool") } };
}

export async function getGuideForEdit(actor: SessionUser, slug: string) {
  assertStaff(actor);
  const guide = db.select().from(guides).where(eq(guides.slug, slug)).get();
  if (!guide) return null;
  return { guide, lists: { comparison: db.select().from(comparisonRows).where(eq(comparisonRows.guideId, guide.id)).orderBy(asc(comparisonRows.sortOrder)).all() } };
}

export function createRole(actor: SessionUser, input: { slug: string; name: string; headline: string; summary: string; salaryYear: number }): SaveResult {
  assertStaff(actor);
  try {
    const sortOrder = (db.select({ value: max(roles.sortOrder) }).from(roles).get()?.value ?? 0) + 1;
    db.insert(roles).values({ ...input, sortOrder }).run();
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, message: "A role with that address already exists." };
    throw error;
  }
}

export function updateRole(actor: SessionUser, id: number, input: { name: string; headline: string; summary: string; salaryYear: number }): SaveResult {
  assertStaff(actor);
  db.update(roles).set({ ...input, updatedAt: new Date() }).where(eq(roles.id, id)).run();
  return { ok: true };
}

/** Inserts (no id) or updates a row of one of the content lists, under the given parent. */
export function saveContentRow(actor: SessionUser, kind: Kind, parentId: number, id: number | null, values: Record<string, unknown>): SaveResult {
  assertStaff(actor);
  const table = tables[kind];
  try {
    if (id === null) {
      const sortOrder = (db.select({ value: max(table.sortOrder) }).from(table).where(eq(parentColumn(kind), parentId)).get()?.value ?? -1) + 1;
      const parent = kind === "comparison" ? { guideId: parentId } : { roleId: parentId };
      db.insert(table).values({ ...values, ...parent, sortOrder } as never).run();
    } else {
      db.update(table).set(values as never).where(and(eq(table.id, id), eq(parentColumn(kind), parentId))).run();
    }
    touchParent(kind, parentId);
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate;
    throw error;
  }
}

export function deleteContentRow(actor: SessionUser, kind: Kind, parentId: number, id: number) {
  assertStaff(actor);
  const table = tables[kind];
  db.delete(table).where(and(eq(table.id, id), eq(parentColumn(kind), parentId))).run();
  touchParent(kind, parentId);
}

/** The parent's updatedAt feeds the sitemap's lastModified. */
function touchParent(kind: Kind, parentId: number) {
  if (kind === "comparison") db.update(guides).set({ updatedAt: new Date() }).where(eq(guides.id, parentId)).run();
  else db.update(roles).set({ updatedAt: new Date() }).where(eq(roles.id, parentId)).run();
}
