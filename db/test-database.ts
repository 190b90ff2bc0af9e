import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { constraintViolation } from "./errors";

export { everyStoredValue } from "./stored-values";

/**
 * The constraint that refused `write`, as db/errors.ts reads either engine's error (SQLite's code,
 * PostgreSQL's SQLSTATE): `expect((await refusedBy(write)).kind).toBe("check")`. A write that
 * succeeds, or fails for another reason, fails the test (with that error).
 */
export async function refusedBy(write: Promise<unknown>) {
  try {
    await write;
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation) return violation;
    throw error;
  }
  throw new Error("the write succeeded: a constraint should have refused it");
}

/** Closes the connections of the app's db module loaded before `vi.resetModules()`, if any. */
export async function closeAppDatabase() {
  const globals = globalThis as { __bedrockDb?: { close(): Promise<void> } };
  const open = globals.__bedrockDb;
  delete globals.__bedrockDb;
  await open?.close();
}

/** The engine tests run on: PostgreSQL when the suite was given a server, SQLite otherwise. */
const defaultEngine = (): "sqlite" | "postgres" => (process.env.TEST_POSTGRES_URL ? "postgres" : "sqlite");

/**
 * The database URL for a fresh (empty, not migrated) test database: an SQLite file in `dir`, or, when
 * TEST_POSTGRES_URL names a PostgreSQL server (the suite's throwaway one), a new database created on it.
 */
export async function freshDatabaseUrl(dir: string, name: string, engine = defaultEngine()) {
  const server = process.env.TEST_POSTGRES_URL;
  if (engine === "sqlite") return join(dir, "app.db");
  if (!server) throw new Error("TEST_POSTGRES_URL is not set: no PostgreSQL server to test on");
  const url = new URL(server);
  url.pathname = `/test_${name.replace(/\W/g, "_")}_${process.pid}_${Date.now().toString(36)}_${++created}`;
  const { recreateDatabase } = await import("./pg/client");
  await recreateDatabase(url.toString());
  return url.toString();
}
let created = 0;

/**
 * For db-level tests: a fresh migrated (and seeded) database made the app's database (DATABASE_URL
 * is read at import time), so the app's own verbs run against it. SQLite by default: a file in its
 * own folder; PostgreSQL when TEST_POSTGRES_URL is set. Uploads go to the folder either way.
 */
export async function openFreshDatabase(name: string, { seed = true, engine = defaultEngine() } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `bedrock-${name}-`));
  const url = await freshDatabaseUrl(dir, name, engine);
  await closeAppDatabase();
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", url);
  vi.stubEnv("UPLOADS_DIR", join(dir, "uploads"));
  const { migrateDatabase } = await import("./migrator");
  await migrateDatabase(url);
  const { db, transaction } = await import("./index");
  const { seedContent } = await import("./seed-content");
  if (seed) await seedContent();
  return { dir, file: url, db, transaction };
}

/** A staff account for the staff verbs under test (its password hash is never checked here). */
export async function insertStaffUser(input: { name: string; email: string; role: "admin" | "manager" }) {
  const { transaction } = await import("./index");
  const { users } = await import("./schema");
  const { onlyRow } = await import("./rows");
  const { emailKeys } = await import("@/domain/email-identity");
  return transaction(async (tx) =>
    onlyRow(
      await tx
        .insert(users)
        .values({ ...input, ...emailKeys(input.email), passwordHash: "x" })
        .returning({ id: users.id, name: users.name, email: users.email, role: users.role }),
    ),
  );
}

/** A company's contact request as the contact form stores it, for the verbs under test (no email is kept). */
export async function insertTestRequest(company: string) {
  const { createContactRequest } = await import("./queries/contact-requests");
  const stored = await createContactRequest(
    {
      name: "Jordan Buyer",
      email: `jordan@${company.toLowerCase()}.example`,
      company,
      role: "Backend developer",
      seniority: "Senior",
      developers: 1,
      desiredStart: "asap",
      budget: null,
      message: "One senior engineer.",
      sourcePage: "/contact",
    },
    { tokenHash: company.padEnd(64, "0"), expiresAt: new Date(Date.now() + 60_000) },
    () => ({ kind: "contact-receipt", to: "x@example.com", subject: "x", message: { preview: "", paragraphs: [] } }),
  );
  if (!stored) throw new Error("the request was not stored");
  return stored.id;
}

/**
 * Locks every job of the queue for the worker `workerId`, as graphile-worker's worker takes one
 * (PostgreSQL only): for the test of a worker that dies holding its jobs.
 */
export async function lockJobsAs(workerId: string) {
  const { db } = await import("./index");
  const { sql } = await import("drizzle-orm");
  await (db as unknown as { execute(query: ReturnType<typeof sql>): Promise<unknown> }).execute(
    sql`UPDATE graphile_worker._private_jobs SET locked_by = ${workerId}, locked_at = now(), attempts = attempts + 1`,
  );
}
