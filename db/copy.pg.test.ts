import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeAppDatabase, freshDatabaseUrl, openFreshDatabase } from "./test-database";

afterEach(() => closeAppDatabase());

const request = (email: string) => ({
  name: "Grace Hopper",
  email,
  company: "Compiler Works",
  role: "Backend developer",
  seniority: "Senior",
  developers: 2,
  desiredStart: "asap",
  budget: null,
  message: "Two backend engineers.",
  sourcePage: "/contact",
});
const receipt = (to: { email: string }) => ({
  kind: "contact-receipt",
  to: to.email,
  subject: "Thanks",
  message: { preview: "", greeting: "Hello,", paragraphs: [] },
});

describe("db:copy (SQLite → PostgreSQL)", () => {
  it("copies every row with its id, lets new rows follow, and refuses a target that is not empty", async () => {
    const { file } = await openFreshDatabase("copy-source", { engine: "sqlite" });
    const { createContactRequest } = await import("./queries/contact-requests");
    const { createCandidate } = await import("./queries/users");
    for (const index of [1, 2, 3])
      await createContactRequest(
        request(`lead${index}@example.com`),
        { tokenHash: String(index).padStart(64, "0"), expiresAt: new Date(Date.now() + 60_000) },
        () => receipt({ email: `lead${index}@example.com` }),
      );
    const candidate = await createCandidate({ name: "Ada", email: "ada@example.com", passwordHash: "x" });
    if (!candidate.ok) throw new Error(candidate.reason);
    await closeAppDatabase();

    const { copySqliteToPostgres } = await import("./copy");
    const target = await freshDatabaseUrl(mkdtempSync(join(tmpdir(), "copy-target-")), "copy-target", "postgres");
    const report = await copySqliteToPostgres(file, target);
    const counts = Object.fromEntries(report.map((row) => [row.table, row]));
    expect(counts.contact_requests).toEqual({ table: "contact_requests", source: 3, target: 3 });
    expect(counts.users).toEqual({ table: "users", source: 1, target: 1 });
    expect(counts.outbox?.target).toBe(3);
    expect(counts.roles?.target).toBe(1);
    for (const row of report) expect(row.target).toBe(row.source);

    // The copied site works: the next request gets the next id, the copied candidate is there by id.
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", target);
    const copied = await import("./queries/contact-requests");
    const next = await copied.createContactRequest(
      request("lead4@example.com"),
      { tokenHash: "4".padStart(64, "0"), expiresAt: new Date(Date.now() + 60_000) },
      () => receipt({ email: "lead4@example.com" }),
    );
    expect(next?.id).toBe(4);
    const { db } = await import("./index");
    const { users } = await import("./schema");
    expect(await db.select({ id: users.id, name: users.name }).from(users)).toEqual([
      { id: candidate.user.id, name: "Ada" },
    ]);
    await closeAppDatabase();

    await expect(copySqliteToPostgres(file, target)).rejects.toThrow(/not empty \(.*contact_requests/);
  });
});
