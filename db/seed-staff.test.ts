import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "./client";
import { devAdminProblem } from "./dev-admin";
import { migrateDatabase } from "./migrator";
import { appSecrets, users } from "./schema";
import { DEV_ADMIN_EMAIL, deactivateDevAdmin, ensureDevAdmin, renewDevAdmin } from "./seed-staff";

function freshDb() {
  const file = join(mkdtempSync(join(tmpdir(), "bedrock-dev-admin-")), "app.db");
  const db = createDb(file);
  migrateDatabase(db);
  return { db, file };
}
const hashOf = (db: ReturnType<typeof freshDb>["db"]) =>
  db.select({ hash: users.passwordHash }).from(users).where(eq(users.emailNormalized, DEV_ADMIN_EMAIL)).get()?.hash ??
  "";
const storedText = (db: ReturnType<typeof freshDb>["db"]) =>
  JSON.stringify(db.$client.prepare("SELECT * FROM app_secrets").all());

describe("the development admin (S17)", () => {
  it("is created with a password shown once and stored nowhere but as a hash", async () => {
    const { db } = freshDb();
    const first = await ensureDevAdmin(db);
    expect(first).toMatchObject({ email: DEV_ADMIN_EMAIL, note: "created", active: true });
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await verify(hashOf(db), first.password ?? "")).toBe(true);
    expect(storedText(db)).not.toContain(first.password);
    expect(await ensureDevAdmin(db)).toMatchObject({ note: "exists", password: null });
  });

  it("a database from before loses its plain-text copy; the password is shown one last time", async () => {
    const { db } = freshDb();
    db.insert(appSecrets).values({ name: "dev-admin-password", value: "old-plain-password-1" }).run();
    expect(await ensureDevAdmin(db)).toMatchObject({ note: "created", password: "old-plain-password-1" });
    expect(storedText(db)).not.toContain("old-plain-password-1");

    const { db: older } = freshDb();
    older.insert(appSecrets).values({ name: "dev-admin-password", value: "old-plain-password-2" }).run();
    await ensureDevAdmin(older);
    older.insert(appSecrets).values({ name: "dev-admin-password", value: "old-plain-password-2" }).run();
    expect(await ensureDevAdmin(older)).toMatchObject({ note: "last-time", password: "old-plain-password-2" });
    expect(older.select().from(appSecrets).where(eq(appSecrets.name, "dev-admin-password")).all()).toEqual([]);
  });

  it("a new password replaces the old one; production refuses the database while the account is active", async () => {
    const { db, file } = freshDb();
    expect(devAdminProblem(db, file)).toBeNull();
    const { password: first } = await ensureDevAdmin(db);
    expect(devAdminProblem(db, file)).toMatch(
      /development admin account .* is active\. A production server does not serve a development database/s,
    );
    expect(deactivateDevAdmin(db)).toBe(true);
    expect(devAdminProblem(db, file)).toBeNull();
    const renewed = await renewDevAdmin(db);
    expect(renewed).not.toBe(first);
    expect(await verify(hashOf(db), renewed ?? "")).toBe(true);
    expect(devAdminProblem(db, file)).not.toBeNull();
  });
});
