import { verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { DEV_ADMIN_EMAIL } from "./dev-admin";
import { closeAppDatabase, openFreshDatabase } from "./test-database";

async function freshDb() {
  const { db, file, transaction } = await openFreshDatabase("dev-admin", { seed: false });
  // The tables of the fresh database's engine: db/schema.ts chooses them when it is imported.
  const { appSecrets, users } = await import("./schema");
  const staff = await import("./seed-staff");
  const { devAdminProblem } = await import("./dev-admin");
  const insertLegacyPassword = (value: string) =>
    transaction(async (tx) => {
      await tx.insert(appSecrets).values({ name: "dev-admin-password", value });
    });
  return { db, file, appSecrets, users, ...staff, devAdminProblem, insertLegacyPassword };
}
type Fresh = Awaited<ReturnType<typeof freshDb>>;
const hashOf = async ({ db, users }: Fresh) =>
  (await db.select({ hash: users.passwordHash }).from(users).where(eq(users.emailNormalized, DEV_ADMIN_EMAIL)))[0]
    ?.hash ?? "";
const storedText = async ({ db, appSecrets }: Fresh) => JSON.stringify(await db.select().from(appSecrets));

afterEach(() => closeAppDatabase());

describe("the development admin (S17)", () => {
  it("is created with a password shown once and stored nowhere but as a hash", async () => {
    const fresh = await freshDb();
    const first = await fresh.ensureDevAdmin();
    expect(first).toMatchObject({ email: DEV_ADMIN_EMAIL, note: "created", active: true });
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await verify(await hashOf(fresh), first.password ?? "")).toBe(true);
    expect(await storedText(fresh)).not.toContain(first.password);
    expect(await fresh.ensureDevAdmin()).toMatchObject({ note: "exists", password: null });
  });

  it("a database from before loses its plain-text copy; the password is shown one last time", async () => {
    const fresh = await freshDb();
    await fresh.insertLegacyPassword("old-plain-password-1");
    expect(await fresh.ensureDevAdmin()).toMatchObject({ note: "created", password: "old-plain-password-1" });
    expect(await storedText(fresh)).not.toContain("old-plain-password-1");

    const older = await freshDb();
    await older.insertLegacyPassword("old-plain-password-2");
    await older.ensureDevAdmin();
    await older.insertLegacyPassword("old-plain-password-2");
    expect(await older.ensureDevAdmin()).toMatchObject({ note: "last-time", password: "old-plain-password-2" });
    expect(
      await older.db.select().from(older.appSecrets).where(eq(older.appSecrets.name, "dev-admin-password")),
    ).toEqual([]);
  });

  it("a new password replaces the old one; production refuses the database while the account is active", async () => {
    const fresh = await freshDb();
    expect(await fresh.devAdminProblem(fresh.file)).toBeNull();
    const { password: first } = await fresh.ensureDevAdmin();
    expect(await fresh.devAdminProblem(fresh.file)).toMatch(
      /development admin account .* is active\. A production server does not serve a development database/s,
    );
    expect(await fresh.deactivateDevAdmin()).toBe(true);
    expect(await fresh.devAdminProblem(fresh.file)).toBeNull();
    const renewed = await fresh.renewDevAdmin();
    expect(renewed).not.toBe(first);
    expect(await verify(await hashOf(fresh), renewed ?? "")).toBe(true);
    expect(await fresh.devAdminProblem(fresh.file)).not.toBeNull();
  });
});

describe("a staff account (npm run user:create, ADMIN_PASSWORD)", () => {
  it("meets the password policy every account meets: a weak password is refused, saying why, and nothing is stored", async () => {
    const fresh = await freshDb();
    const staff = { name: "Morgan Ops", email: "ops@bedrock.example", role: "manager" as const };
    expect(await fresh.ensureStaff({ ...staff, password: "password1234" })).toEqual({
      weakPassword: expect.stringMatching(/common|guess/i),
    });
    expect(await fresh.ensureStaff({ ...staff, password: "morgan-ops-2026" })).toEqual({
      weakPassword: expect.stringMatching(/name or email/i),
    });
    expect(await fresh.db.select().from(fresh.users).where(eq(fresh.users.emailNormalized, staff.email))).toEqual([]);

    expect(await fresh.ensureStaff({ ...staff, password: "harbour-lantern-quietly-42" })).toBe("created");
    // An account already there is left as it is, whatever password is given now.
    expect(await fresh.ensureStaff({ ...staff, password: "password1234" })).toBe("exists");
  });
});
