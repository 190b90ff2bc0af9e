import "server-only";
import { and, eq } from "drizzle-orm";
import { emailKeys } from "@/domain/email-identity";
import { isUniqueViolation } from "../errors";
import { db, transaction } from "../index";
import { candidateProfiles, candidateStageEvents, sessions, type UserRole, users } from "../schema";

/** What the rest of the app may know about a user: never the password hash. */
export type SessionUser = { id: number; name: string; email: string; role: UserRole };

/** Data functions check their caller too: a page's check is not the only way to reach them. */
export function assertRole(actor: { role: UserRole }, ...roles: UserRole[]) {
  if (!roles.includes(actor.role)) throw new Error(`requires role ${roles.join(" or ")}`);
}

/** Who may use the dashboard: admins and talent managers. */
export const STAFF_ROLES = ["admin", "manager"] as const satisfies readonly UserRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaff = (user: { role: UserRole } | null | undefined): boolean =>
  !!user && (STAFF_ROLES as readonly UserRole[]).includes(user.role);
export const assertStaff = (actor: { role: UserRole }) => assertRole(actor, ...STAFF_ROLES);

const publicColumns = { id: users.id, name: users.name, email: users.email, role: users.role };

/** For login only: the one place the hash leaves the database layer, and it goes no further than the verifier. */
export async function getCredentialsByEmail(email: string) {
  const [row] = await db
    .select({ ...publicColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.emailNormalized, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function getPasswordHash(userId: number) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.passwordHash ?? null;
}

/** Name and address of the active account registered under an email (to write to its owner), or null. */
export async function findAccountOwner(email: string) {
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.emailNormalized, email.trim().toLowerCase()), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

export type CreateUserResult = { ok: true; user: SessionUser } | { ok: false; reason: "email-taken" };

/** Registers a candidate with an empty draft profile and the first stage event, all or nothing. */
export async function createCandidate(input: {
  name: string;
  email: string;
  passwordHash: string;
}): Promise<CreateUserResult> {
  try {
    return await transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email,
          ...emailKeys(input.email),
          passwordHash: input.passwordHash,
          role: "candidate",
        })
        .returning(publicColumns);
      if (!user) throw new Error("The new account was not returned");
      await tx.insert(candidateProfiles).values({ userId: user.id });
      await tx.insert(candidateStageEvents).values({ userId: user.id, stage: "draft", changedById: user.id });
      return { ok: true, user } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, "users.email_normalized")) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

/** New password; every session of the account ends with it (the caller may start a fresh one for this device). */
export async function updatePassword(userId: number, passwordHash: string, now = new Date()) {
  await transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  });
}
