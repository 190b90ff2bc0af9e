import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { emailKeys } from "../domain/email-identity";
import { hashPassword } from "../domain/password-hashing";
import { passwordProblem } from "../domain/password-policy";
import { DEV_ADMIN_EMAIL } from "./dev-admin";
import { db, transaction } from "./index";
import { appSecrets, sessions, users } from "./schema";

export { DEV_ADMIN_EMAIL };

/** What `ensureStaff` did: the account made, one already there, or the password's problem (nothing stored). */
export type StaffCreation = "created" | "exists" | { weakPassword: string };

type StaffInput = { name: string; email: string; password: string; role: "admin" | "manager" };

/**
 * Creates a staff account if its email is free and its password meets the policy every account's
 * password meets (domain/password-policy.ts): `npm run user:create` and ADMIN_PASSWORD get no weaker
 * rule than a candidate's sign-up.
 */
export const ensureStaff = (input: StaffInput) => addStaff(input, "chosen");

/** `generated`: a password made here at random (the development admin's), which no policy needs to judge. */
async function addStaff(input: StaffInput, password: "chosen" | "generated"): Promise<StaffCreation> {
  const email = input.email.toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.emailNormalized, email)).limit(1);
  if (existing) return "exists";
  const problem = password === "chosen" ? passwordProblem(input.password, input) : null;
  if (problem) return { weakPassword: problem };
  const passwordHash = await hashPassword(input.password);
  await transaction(async (tx) => {
    await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        ...emailKeys(input.email),
        passwordHash,
        role: input.role,
        emailVerifiedAt: new Date(),
      })
      .onConflictDoNothing();
  });
  return "created";
}

const newPassword = () => randomBytes(12).toString("base64url");

/** Where the plain password of the development admin was kept before: never again. */
const LEGACY_SECRET = "dev-admin-password";

export type DevAdmin = {
  email: string;
  password: string | null;
  active: boolean;
  note: "created" | "last-time" | "exists";
};

/**
 * The development admin for `npm run dev`. Its password is random, shown once when the account is
 * created and stored only as a hash. A database from before kept it in plain text (app_secrets):
 * that copy is deleted, and shown one last time.
 */
export async function ensureDevAdmin(): Promise<DevAdmin> {
  const [stored] = await db
    .select({ value: appSecrets.value })
    .from(appSecrets)
    .where(eq(appSecrets.name, LEGACY_SECRET))
    .limit(1);
  const legacy = stored?.value ?? null;
  const password = legacy ?? newPassword();
  const created =
    (await addStaff({ name: "Development admin", email: DEV_ADMIN_EMAIL, password, role: "admin" }, "generated")) ===
    "created";
  if (legacy)
    await transaction(async (tx) => {
      await tx.delete(appSecrets).where(eq(appSecrets.name, LEGACY_SECRET));
    });
  const [admin] = await db
    .select({ active: users.active })
    .from(users)
    .where(eq(users.emailNormalized, DEV_ADMIN_EMAIL))
    .limit(1);
  const active = admin?.active ?? false;
  if (created) return { email: DEV_ADMIN_EMAIL, password, active, note: "created" };
  return { email: DEV_ADMIN_EMAIL, password: legacy, active, note: legacy ? "last-time" : "exists" };
}

/** A new random password for the development admin (active again); every session it had ends. */
export async function renewDevAdmin() {
  const password = newPassword();
  const now = new Date();
  const passwordHash = await hashPassword(password);
  const changed = await transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, active: true, updatedAt: now })
      .where(eq(users.emailNormalized, DEV_ADMIN_EMAIL))
      .returning({ id: users.id });
    if (row) await tx.delete(sessions).where(eq(sessions.userId, row.id));
    return Boolean(row);
  });
  return changed ? password : null;
}

/** Deactivates the development admin, e.g. to try `npm start` on a development database; its sessions end. */
export async function deactivateDevAdmin() {
  return transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ active: false, updatedAt: new Date() })
      .where(eq(users.emailNormalized, DEV_ADMIN_EMAIL))
      .returning({ id: users.id });
    if (row) await tx.delete(sessions).where(eq(sessions.userId, row.id));
    return Boolean(row);
  });
}
