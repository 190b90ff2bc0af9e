import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { emailKeys } from "@/domain/email-identity";
import { isUniqueViolation } from "../errors";
import { db, transaction } from "../index";
import { changedRows } from "../rows";
import { sessions, users } from "../schema";
import { assertRole, type SessionUser, STAFF_ROLES, type StaffRole } from "./users";

const assertAdmin = (actor: SessionUser) => assertRole(actor, "admin");

export async function listStaff(actor: SessionUser) {
  assertAdmin(actor);
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
    .from(users)
    .where(inArray(users.role, [...STAFF_ROLES]))
    .orderBy(asc(users.name));
}

export async function addStaff(
  actor: SessionUser,
  input: { name: string; email: string; role: StaffRole; passwordHash: string },
): Promise<boolean> {
  assertAdmin(actor);
  try {
    await transaction(async (tx) => {
      await tx.insert(users).values({ ...input, ...emailKeys(input.email), emailVerifiedAt: new Date() });
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Changes a staff member's role or access. Deactivating ends every session of the account, so
 * reactivating it later brings none of them back: the person signs in again.
 */
export async function updateStaff(actor: SessionUser, id: number, change: { role: StaffRole; active: boolean }) {
  assertAdmin(actor);
  if (id === actor.id) return false;
  return transaction(async (tx) => {
    const result = await tx
      .update(users)
      .set({ ...change, updatedAt: new Date() })
      .where(and(eq(users.id, id), inArray(users.role, [...STAFF_ROLES])));
    const changed = changedRows(result) === 1;
    if (changed && !change.active) await tx.delete(sessions).where(eq(sessions.userId, id));
    return changed;
  });
}
