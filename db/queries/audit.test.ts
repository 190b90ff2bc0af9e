import { afterEach, describe, expect, it, vi } from "vitest";
import { insertStaffUser, openFreshDatabase, refusedBy } from "../test-database";

afterEach(() => {
  vi.unstubAllEnvs();
});

async function setUp() {
  const { db } = await openFreshDatabase("audit");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const { withAudit } = await import("./audit");
  const { rateCandidate } = await import("./admin/candidates");
  const { addStaff } = await import("./staff");
  const { createCandidate } = await import("./users");
  const admin = await insertStaffUser({ name: "Ada Admin", email: "ada@staff.example", role: "admin" });
  const created = await createCandidate({
    name: "Cara Candidate",
    email: "cara@candidates.example",
    passwordHash: "x",
  });
  if (!created.ok) throw new Error("no candidate");
  const rating = async () => {
    const [row] = await db
      .select({ rating: schema.candidateProfiles.rating })
      .from(schema.candidateProfiles)
      .where(eq(schema.candidateProfiles.userId, created.user.id));
    return row?.rating;
  };
  const audit = () =>
    db
      .select({
        action: schema.auditEvents.action,
        subject: schema.auditEvents.subject,
        actorId: schema.auditEvents.actorId,
      })
      .from(schema.auditEvents);
  return { withAudit, rateCandidate, addStaff, admin, candidateId: created.user.id, rating, audit };
}

describe("an audit entry commits with its change", () => {
  it("a committed change has exactly one audit entry", async () => {
    const { withAudit, rateCandidate, admin, candidateId, rating, audit } = await setUp();
    const rated = await withAudit(
      admin,
      () => rateCandidate(admin, candidateId, 4),
      (ok) => ok && { action: "candidate.rate", subject: `candidate #${candidateId}`, details: "4" },
    );
    expect(rated).toBe(true);
    expect(await rating()).toBe(4);
    expect(await audit()).toEqual([
      { action: "candidate.rate", subject: `candidate #${candidateId}`, actorId: admin.id },
    ]);
  });

  it("a change that rolls back leaves no audit entry, and a failed audit entry undoes the change", async () => {
    const { withAudit, rateCandidate, admin, candidateId, rating, audit } = await setUp();
    // The change itself fails after writing: its rating and the entry are both gone.
    await expect(
      withAudit(
        admin,
        async () => {
          await rateCandidate(admin, candidateId, 5);
          throw new Error("the change failed halfway");
        },
        () => ({ action: "candidate.rate", subject: `candidate #${candidateId}` }),
      ),
    ).rejects.toThrow("the change failed halfway");
    expect(await rating()).toBeNull();
    expect(await audit()).toEqual([]);
    // The entry cannot be written (its actor does not exist, a foreign-key violation): the change is undone with it.
    const refusal = await refusedBy(
      withAudit(
        { id: 999_999 },
        () => rateCandidate(admin, candidateId, 2),
        () => ({ action: "candidate.rate", subject: `candidate #${candidateId}` }),
      ),
    );
    expect(refusal.kind).toBe("foreign-key");
    expect(await rating()).toBeNull();
    expect(await audit()).toEqual([]);
  });

  it("a refused change (nothing to change) writes no audit entry", async () => {
    const { withAudit, rateCandidate, addStaff, admin, audit } = await setUp();
    expect(
      await withAudit(
        admin,
        () => rateCandidate(admin, 999_999, 3),
        (ok) => ok && { action: "candidate.rate", subject: "candidate #999999" },
      ),
    ).toBe(false);
    // A unique violation inside the verb is its answer ("already exists"), not a failed transaction.
    const staff = { name: "Ada Again", email: "ada@staff.example", role: "manager" as const, passwordHash: "x" };
    expect(
      await withAudit(
        admin,
        () => addStaff(admin, staff),
        (ok) => ok && { action: "staff.create", subject: staff.email },
      ),
    ).toBe(false);
    expect(await audit()).toEqual([]);
  });
});
