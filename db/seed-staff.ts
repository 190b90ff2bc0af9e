import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { emailKeys } from "../lib/email-identity";
import { hashPassword } from "../lib/password-hashing";
import type { Db } from "./client";
import { appSecrets, users } from "./schema";

export const DEV_ADMIN_EMAIL = "admin@bedrock-talent.local";

/** Creates a staff account if its email is free; returns whether it did. */
export async function ensureStaff(db: Db, input: { name: string; email: string; password: string; role: "admin" | "manager" }) {
  const email = input.email.toLowerCase();
  if (db.select({ id: users.id }).from(users).where(eq(users.emailNormalized, email)).get()) return false;
  db.insert(users)
    .values({ name: input.name, email: input.email, ...emailKeys(input.email), passwordHash: await hashPassword(input.password), role: input.role })
    .onConflictDoNothing()
    .run();
  return true;
}

/** A development-only admin with a random password kept in the database, so every `npm run dev` can print it. */
export async function ensureDevAdmin(db: Db) {
  db.insert(appSecrets).values({ name: "dev-admin-password", value: randomBytes(12).toString("base64url") }).onConflictDoNothing().run();
  const password = db.select().from(appSecrets).where(eq(appSecrets.name, "dev-admin-password")).get()?.value ?? "";
  await ensureStaff(db, { name: "Development admin", email: DEV_ADMIN_EMAIL, password, role: "admin" });
  return { email: DEV_ADMIN_EMAIL, password };
}
