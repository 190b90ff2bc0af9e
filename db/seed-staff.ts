import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { emailKeys } from "../domain/email-identity";
import { hashPassword } from "../domain/password-hashing";
import type { Db } from "./client";
import { DEV_ADMIN_EMAIL } from "./dev-admin";
import { appSecrets, sessions, users } from "./schema";

export { DEV_ADMIN_EMAIL };

/** Creates a staff account if its email is free; returns whether it did. */
export async function ensureStaff(
  db: Db,
  input: { name: string; email: string; password: string; role: "admin" | "manager" },
) {
  const email = input.email.toLowerCase();
  if (db.select({ id: users.id }).from(users).where(eq(users.emailNormalized, email)).get()) return false;
  db.insert(users)
    .values({
      name: input.name,
      email: input.email,
      ...emailKeys(input.email),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      emailVerifiedAt: new Date(),
    })
    .onConflictDoNothing()
    .run();
  return true;
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
export async function ensureDevAdmin(db: Db): Promise<DevAdmin> {
  const legacy =
    db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, LEGACY_SECRET)).get()?.value ??
    null;
  const password = legacy ?? newPassword();
  const created = await ensureStaff(db, { name: "Development admin", email: DEV_ADMIN_EMAIL, password, role: "admin" });
  if (legacy) db.delete(appSecrets).where(eq(appSecrets.name, LEGACY_SECRET)).run();
  const active =
    db.select({ active: users.active }).from(users).where(eq(users.emailNormalized, DEV_ADMIN_EMAIL)).get()?.active ??
    false;
  if (created) return { email: DEV_ADMIN_EMAIL, password, active, note: "created" };
  return { email: DEV_ADMIN_EMAIL, password: legacy, active, note: legacy ? "last-time" : "exists" };
}

/** A new random password for the development admin (active again); every session it had ends. */
export async function renewDevAdmin(db: Db) {
  const password = newPassword();
  const now = new Date();
  const passwordHash = await hashPassword(password);
  const changed = db.transaction((tx) => {
    const row = tx
      .update(users)
      .set({ passwordHash, active: true, updatedAt: now })
      .where(eq(users.emailNormalized, DEV_ADMIN_EMAIL))
      .returning({ id: users.id })
      .get();
    if (row) tx.delete(sessions).where(eq(sessions.userId, row.id)).run();
    return row ? 1 : 0;
  });
  return changed === 1 ? password : null;
}

/** Deactivates the development admin, e.g. to try `npm start` on a development database; its sessions end. */
export function deactivateDevAdmin(db: Db) {
  return db.transaction((tx) => {
    const row = tx
      .update(users)
      .set({ active: false, updatedAt: new Date() })
      .where(eq(users.emailNormalized, DEV_ADMIN_EMAIL))
      .returning({ id: users.id })
      .get();
    if (row) tx.delete(sessions).where(eq(sessions.userId, row.id)).run();
    return Boolean(row);
  });
}
