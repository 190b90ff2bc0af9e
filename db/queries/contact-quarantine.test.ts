import { afterEach, describe, expect, it, vi } from "vitest";
import { insertStaffUser, openFreshDatabase } from "../test-database";

afterEach(() => {
  vi.unstubAllEnvs();
});

const input = {
  name: "Rosa Real",
  email: "Rosa@Billing.example",
  company: "Billing Co",
  role: "Backend developer",
  seniority: "Senior",
  developers: 2,
  desiredStart: "asap",
  budget: null,
  message: "Two Go engineers.",
  sourcePage: "/contact",
};
const token = (n: string) => ({ tokenHash: n.repeat(43), expiresAt: new Date(Date.now() + 3_600_000) });

async function setUp() {
  const { db } = await openFreshDatabase("quarantine");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const quarantine = await import("./contact-quarantine");
  const { createCandidate } = await import("./users");
  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  const candidate = await createCandidate({
    name: "Cara Candidate",
    email: "cara@candidates.example",
    passwordHash: "x",
  });
  if (!manager || !candidate.ok) throw new Error("no users");
  const { contactReceiptEmail } = await import("@/services/account-emails");
  const restore = (actor: Parameters<typeof quarantine.restoreQuarantined>[0], id: number) =>
    quarantine.restoreQuarantined(actor, id, contactReceiptEmail);
  return {
    db,
    schema,
    eq,
    ...quarantine,
    restore,
    manager,
    candidate: { ...candidate.user, role: "candidate" as const },
  };
}

describe("the contact quarantine", () => {
  it("holds a request once per signed token, and not in the inbox", async () => {
    const ctx = await setUp();
    expect(await ctx.quarantineContactRequest(input, "too-fast", token("a"))).toMatchObject({ id: expect.any(Number) });
    // The same token again is a replay: nothing more is held.
    expect(await ctx.quarantineContactRequest(input, "too-fast", token("a"))).toBeNull();
    // A forged token has nothing to use up; each such post is held (the rate limit bounds them).
    await ctx.quarantineContactRequest(input, "bad-token", null);
    expect(
      (await ctx.db.select().from(ctx.schema.contactQuarantine).orderBy(ctx.schema.contactQuarantine.id)).map(
        (row) => row.reason,
      ),
    ).toEqual(["too-fast", "bad-token"]);
    expect(await ctx.db.select().from(ctx.schema.contactRequests)).toEqual([]);
  });

  it("restores into the inbox with a reference, a timeline line and an audit entry, once", async () => {
    const ctx = await setUp();
    const sentAt = new Date(Date.now() - 3_600_000);
    const held = await ctx.quarantineContactRequest(input, "honeypot", token("b"), sentAt);
    const restored = await ctx.restore(ctx.manager, held!.id);
    if (restored.status !== "restored") throw new Error(restored.status);
    const [request] = await ctx.db
      .select()
      .from(ctx.schema.contactRequests)
      .where(ctx.eq(ctx.schema.contactRequests.id, restored.request.id));
    expect(request).toMatchObject({
      reference: restored.request.reference,
      name: "Rosa Real",
      emailNormalized: "rosa@billing.example",
      status: "new",
      createdAt: sentAt,
      consentAt: sentAt,
    });
    expect(request?.reference).toMatch(/^BT-[A-HJ-NP-Z2-9]{6}$/);
    expect(await ctx.db.select({ body: ctx.schema.activities.body }).from(ctx.schema.activities)).toEqual([
      { body: "Restored from spam (filled in the hidden field only bots see)" },
    ]);
    expect(await ctx.db.select().from(ctx.schema.auditEvents)).toMatchObject([
      { action: "request.restore", actorId: ctx.manager.id, subject: `request #${restored.request.id}` },
    ]);
    // The visitor was promised the reference in our reply: the receipt carries it, and only it is queued.
    expect(await ctx.db.select().from(ctx.schema.outbox)).toMatchObject([
      {
        kind: "contact-receipt",
        to: "Rosa@Billing.example",
        subject: `We received your request (${restored.request.reference})`,
      },
    ]);
    // A second click finds it done, and restores nothing more.
    expect(await ctx.restore(ctx.manager, held!.id)).toEqual({ status: "already", request: restored.request });
    expect(await ctx.db.select().from(ctx.schema.contactRequests)).toHaveLength(1);
    expect(await ctx.db.select().from(ctx.schema.outbox)).toHaveLength(1);
    expect((await ctx.listQuarantine(ctx.manager, 1)).total).toBe(0);
    // A restored one cannot be deleted from the quarantine; an unknown one answers "missing".
    expect(await ctx.deleteQuarantined(ctx.manager, held!.id)).toBe(false);
    expect(await ctx.restore(ctx.manager, 999)).toEqual({ status: "missing" });
  });

  it("lists newest first, deletes with an audit entry, and refuses anyone but staff", async () => {
    const ctx = await setUp();
    const older = await ctx.quarantineContactRequest(input, "honeypot", null, new Date(Date.now() - 60_000));
    const newer = await ctx.quarantineContactRequest({ ...input, company: "Newer Co" }, "too-fast", null);
    const { rows, total } = await ctx.listQuarantine(ctx.manager, 1);
    expect(total).toBe(2);
    expect(rows.map((row) => row.id)).toEqual([newer!.id, older!.id]);

    await expect(ctx.listQuarantine(ctx.candidate, 1)).rejects.toThrow(/requires role/);
    await expect(ctx.restore(ctx.candidate, older!.id)).rejects.toThrow(/requires role/);
    await expect(ctx.deleteQuarantined(ctx.candidate, older!.id)).rejects.toThrow(/requires role/);
    expect(await ctx.countQuarantine(ctx.manager)).toBe(2);

    expect(await ctx.deleteQuarantined(ctx.manager, older!.id)).toBe(true);
    expect(await ctx.deleteQuarantined(ctx.manager, older!.id)).toBe(false);
    expect(await ctx.db.select().from(ctx.schema.auditEvents)).toMatchObject([
      { action: "spam.delete", subject: `spam #${older!.id}`, details: "honeypot" },
    ]);
    expect(await ctx.countQuarantine(ctx.manager)).toBe(1);
  });
});
