import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { onlyRow } from "../rows";
import { closeAppDatabase, openFreshDatabase } from "../test-database";

const DAY = 86_400_000;
const MONTH = 30 * DAY;
const NOW = Date.parse("2027-06-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW - ms);

afterEach(() => {
  vi.unstubAllEnvs();
});

async function setUp() {
  const { db, dir, file, transaction } = await openFreshDatabase("retention");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const retention = await import("./retention");
  const warning = (user: { name: string; email: string; anonymiseOn: Date }) => ({
    kind: "retention-notice",
    to: user.email,
    subject: "Your profile will be deleted",
    message: {
      preview: "",
      greeting: `Hello ${user.name},`,
      paragraphs: [`On ${user.anonymiseOn.toISOString().slice(0, 10)}`],
    },
  });
  return { db, dir, file, transaction, schema, eq, ...retention, warning };
}

type Ctx = Awaited<ReturnType<typeof setUp>>;

let references = 0;
async function lead(ctx: Ctx, email: string, at: Date, name = "Jordan Buyer") {
  const reference = `BT-R${++references}`;
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .insert(ctx.schema.contactRequests)
      .values({
        reference,
        name,
        email,
        emailNormalized: email,
        company: "Ledgerly",
        role: "Backend",
        seniority: "Senior",
        developers: 1,
        desiredStart: "asap",
        message: `From ${name}`,
        sourcePage: "/contact",
        consentAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    if (!row) throw new Error("request not stored");
    return row;
  });
}
async function call(ctx: Ctx, email: string, startsAt: Date, name = "Jordan Buyer") {
  const [expert] = await ctx.db.select().from(ctx.schema.talentExperts).limit(1);
  if (!expert) throw new Error("seeded expert missing");
  const reference = `BC-R${++references}`;
  const manageTokenHash = `${references}`.padStart(64, "0");
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .insert(ctx.schema.bookings)
      .values({
        reference,
        expertId: expert.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        name,
        email,
        emailNormalized: email,
        company: "Ledgerly",
        hiringFor: "Go",
        visitorTimeZone: "UTC",
        manageTokenHash,
        createdAt: startsAt,
      })
      .returning();
    if (!row) throw new Error("call not stored");
    return row;
  });
}
async function candidate(ctx: Ctx, name: string, lastActiveAt: Date) {
  const email = `${name.toLowerCase().replace(/\W/g, ".")}@candidates.example`;
  return ctx.transaction(async (tx) => {
    const [user] = await tx
      .insert(ctx.schema.users)
      .values({
        name,
        email,
        emailNormalized: email,
        passwordHash: "x",
        lastActiveAt,
        createdAt: lastActiveAt,
        updatedAt: lastActiveAt,
      })
      .returning();
    if (!user) throw new Error("user not stored");
    await tx.insert(ctx.schema.candidateProfiles).values({
      userId: user.id,
      headline: `${name} headline`,
      cvFileKey: `${"a".repeat(8)}-0000-0000-0000-${String(user.id).padStart(12, "0")}.pdf`,
    });
    return user;
  });
}

describe("the retention schedule (S19)", () => {
  it("anonymises requests and calls 24 months after the address's last contact, and only those", async () => {
    const ctx = await setUp();
    const stale = await lead(ctx, "old@ledgerly.example", ago(25 * MONTH), "Olga Oldfield");
    await ctx.transaction(async (tx) => {
      await tx.insert(ctx.schema.activities).values({
        subjectType: "request",
        subjectId: stale.id,
        kind: "note",
        body: "Olga Oldfield wants two engineers",
        createdAt: ago(25 * MONTH),
      });
    });
    const staleCall = await call(ctx, "old@ledgerly.example", ago(25 * MONTH));
    const keptByLaterCall = await lead(ctx, "back@ledgerly.example", ago(30 * MONTH));
    const laterCall = await call(ctx, "back@ledgerly.example", ago(2 * MONTH));
    const recent = await lead(ctx, "new@ledgerly.example", ago(23 * MONTH));

    expect(await ctx.anonymiseStaleLeads(NOW)).toEqual({ requests: 1, calls: 1 });
    const byId = async (id: number) =>
      (await ctx.db.select().from(ctx.schema.contactRequests).where(ctx.eq(ctx.schema.contactRequests.id, id)))[0];
    const callById = async (id: number) =>
      (await ctx.db.select().from(ctx.schema.bookings).where(ctx.eq(ctx.schema.bookings.id, id)))[0];
    expect(await byId(stale.id)).toMatchObject({
      name: "Erased contact",
      email: `request-${stale.id}@erased.invalid`,
      message: "",
      company: "Ledgerly",
      status: "new",
    });
    expect(await callById(staleCall.id)).toMatchObject({
      name: "Erased contact",
      email: `call-${staleCall.id}@erased.invalid`,
    });
    expect(await ctx.db.select({ body: ctx.schema.activities.body }).from(ctx.schema.activities)).toEqual([
      { body: "[erased] wants two engineers" },
    ]);
    expect((await byId(keptByLaterCall.id))?.email).toBe("back@ledgerly.example");
    expect((await callById(laterCall.id))?.email).toBe("back@ledgerly.example");
    expect((await byId(recent.id))?.email).toBe("new@ledgerly.example");
    expect(await ctx.anonymiseStaleLeads(NOW)).toEqual({ requests: 0, calls: 0 });
  });

  it("warns a candidate inactive for 24 months, erases them 30 days later, and spares one who came back", async () => {
    const ctx = await setUp();
    const quiet = await candidate(ctx, "Quinn Quiet", ago(25 * MONTH));
    const returning = await candidate(ctx, "Rene Returning", ago(25 * MONTH));
    const active = await candidate(ctx, "Ada Active", ago(3 * MONTH));

    expect(await ctx.applyInactiveAccountRule(ctx.warning, NOW)).toMatchObject({ warned: 2, anonymised: 0 });
    const notices = await ctx.db
      .select()
      .from(ctx.schema.outbox)
      .where(ctx.eq(ctx.schema.outbox.kind, "retention-notice"));
    expect(notices.map((email) => email.to).sort()).toEqual([quiet.email, returning.email].sort());
    expect(notices[0]?.message?.paragraphs[0]).toContain(new Date(NOW + 30 * DAY).toISOString().slice(0, 10));
    // The same day again, and 29 days later: no second warning, nobody erased yet.
    expect(await ctx.applyInactiveAccountRule(ctx.warning, NOW)).toMatchObject({ warned: 0, anonymised: 0 });
    expect(await ctx.applyInactiveAccountRule(ctx.warning, NOW + 29 * DAY)).toMatchObject({ warned: 0, anonymised: 0 });

    await ctx.transaction(async (tx) => {
      await tx
        .update(ctx.schema.users)
        .set({ lastActiveAt: new Date(NOW + 5 * DAY) })
        .where(ctx.eq(ctx.schema.users.id, returning.id));
    });
    const later = await ctx.applyInactiveAccountRule(ctx.warning, NOW + 31 * DAY);
    expect(later).toMatchObject({ warned: 0, returned: 1, anonymised: 1 });
    expect(later.cvKeys).toEqual([`${"a".repeat(8)}-0000-0000-0000-${String(quiet.id).padStart(12, "0")}.pdf`]);
    const user = async (id: number) =>
      (await ctx.db.select().from(ctx.schema.users).where(ctx.eq(ctx.schema.users.id, id)))[0];
    expect(await user(quiet.id)).toMatchObject({ name: "Deleted candidate", active: false });
    expect(await ctx.db.select().from(ctx.schema.outbox).where(ctx.eq(ctx.schema.outbox.to, quiet.email))).toEqual([]);
    expect(await user(returning.id)).toMatchObject({ name: "Rene Returning", retentionNoticeAt: null });
    expect(await user(active.id)).toMatchObject({ name: "Ada Active", retentionNoticeAt: null });
    expect(await ctx.db.select().from(ctx.schema.auditEvents)).toMatchObject([
      { action: "account.erase", subject: `user #${quiet.id}`, details: "inactive", actorId: null },
    ]);
    expect(await ctx.applyInactiveAccountRule(ctx.warning, NOW + 31 * DAY)).toMatchObject({
      warned: 0,
      returned: 0,
      anonymised: 0,
    });
  });

  it("deletes expired rows and prunes email bodies and held spam after 30 days, email records and audit rows after 12 months", async () => {
    const ctx = await setUp();
    const { schema, db, transaction } = ctx;
    const someone = await candidate(ctx, "Sam Sessions", ago(DAY));
    await transaction(async (tx) => {
      await tx.insert(schema.rateLimits).values([
        { key: "old", windowStart: NOW - 2 * DAY, count: 3 },
        { key: "live", windowStart: NOW - 60_000, count: 1 },
      ]);
      await tx.insert(schema.usedFormTokens).values([
        { tokenHash: "spent", expiresAt: ago(DAY) },
        { tokenHash: "live", expiresAt: new Date(NOW + DAY) },
      ]);
      await tx.insert(schema.sessions).values([
        { idHash: "ended", userId: someone.id, lastSeenAt: ago(40 * DAY), expiresAt: ago(10 * DAY) },
        { idHash: "live", userId: someone.id, lastSeenAt: ago(DAY), expiresAt: new Date(NOW + DAY) },
      ]);
      await tx
        .insert(schema.passwordResetTokens)
        .values({ userId: someone.id, tokenHash: "reset", expiresAt: ago(DAY) });
      await tx
        .insert(schema.emailVerificationTokens)
        .values({ userId: someone.id, tokenHash: "verify", expiresAt: ago(DAY) });
      // Calendar feeds: one revoked a month ago and more goes; one revoked lately and the live one stay.
      await tx.insert(schema.calendarFeeds).values([
        { userId: someone.id, tokenHash: "feed-old", createdAt: ago(90 * DAY), revokedAt: ago(31 * DAY) },
        { userId: someone.id, tokenHash: "feed-recent", createdAt: ago(31 * DAY), revokedAt: ago(DAY) },
        { userId: someone.id, tokenHash: "feed-live", createdAt: ago(DAY) },
      ]);
    });
    const email = (sentDaysAgo: number, status: "sent" | "failed" = "sent") =>
      transaction(async (tx) =>
        onlyRow(
          await tx
            .insert(schema.outbox)
            .values({
              kind: "x",
              to: "a@b.example",
              subject: "S",
              text: "body",
              message: { preview: "", paragraphs: ["body"] },
              attachments: [{ filename: "a.ics", contentType: "text/calendar", content: "BEGIN" }],
              status,
              nextAttemptAt: ago(sentDaysAgo * DAY),
              sentAt: status === "sent" ? ago(sentDaysAgo * DAY) : null,
              createdAt: ago(sentDaysAgo * DAY),
            })
            .returning(),
        ),
      );
    const recentEmail = await email(10);
    const oldEmail = await email(31);
    const oldFailed = await email(31, "failed");
    await email(400);
    const held = (sentDaysAgo: number, restoredRequestId: number | null = null) =>
      transaction(async (tx) =>
        onlyRow(
          await tx
            .insert(schema.contactQuarantine)
            .values({
              reason: "too-fast",
              name: "Quinn Held",
              email: "quinn@held.example",
              company: "Held Co",
              role: "Backend",
              seniority: "Senior",
              developers: 1,
              desiredStart: "asap",
              message: "Held for review.",
              sourcePage: "/contact",
              restoredRequestId,
              restoredAt: restoredRequestId ? ago(DAY) : null,
              createdAt: ago(sentDaysAgo * DAY),
            })
            .returning(),
        ),
      );
    const recentHeld = await held(29);
    await held(31);
    // A restored one lives on as its request; the held copy goes after 30 days like the rest.
    const restored = await lead(ctx, "quinn@held.example", ago(31 * DAY), "Quinn Held");
    await held(31, restored.id);
    await transaction(async (tx) => {
      await tx.insert(schema.auditEvents).values([
        { action: "export", createdAt: ago(13 * MONTH) },
        { action: "export", createdAt: ago(11 * MONTH) },
      ]);
    });

    // A webhook's delivery log: what was delivered or failed goes after 30 days; what still waits stays.
    await transaction(async (tx) => {
      const [endpoint] = await tx
        .insert(schema.webhookEndpoints)
        .values({ url: "https://hooks.example.com/in", events: ["request.created"], secretSealed: "v1.x" })
        .returning();
      const delivery = (status: "pending" | "delivered" | "failed", daysAgo: number, eventId: string) => ({
        endpointId: endpoint?.id ?? 0,
        eventId,
        eventType: "request.created" as const,
        body: "{}",
        status,
        nextAttemptAt: ago(daysAgo * DAY),
        createdAt: ago(daysAgo * DAY),
      });
      await tx
        .insert(schema.webhookDeliveries)
        .values([
          delivery("delivered", 31, "msg_old"),
          delivery("pending", 31, "msg_waits"),
          delivery("failed", 29, "msg_new"),
        ]);
    });

    expect(await ctx.deleteExpiredRows(NOW)).toEqual({
      rateLimits: 1,
      formTokens: 1,
      sessions: 1,
      resetTokens: 1,
      verificationTokens: 1,
      calendarFeeds: 1,
    });
    expect((await db.select().from(schema.calendarFeeds)).map((row) => row.tokenHash).sort()).toEqual([
      "feed-live",
      "feed-recent",
    ]);
    // The 400-day-old email loses its body, then the whole record.
    expect(await ctx.pruneOldRecords(NOW)).toEqual({
      emailBodies: 3,
      emails: 1,
      quarantined: 2,
      auditEvents: 1,
      webhookDeliveries: 1,
    });
    expect(await db.select({ id: schema.contactQuarantine.id }).from(schema.contactQuarantine)).toEqual([
      { id: recentHeld.id },
    ]);
    const [restoredRequest] = await db
      .select()
      .from(schema.contactRequests)
      .where(ctx.eq(schema.contactRequests.id, restored.id));
    expect(restoredRequest?.name).toBe("Quinn Held");
    const body = async (id: number) =>
      (
        await db
          .select({ text: schema.outbox.text, message: schema.outbox.message, attachments: schema.outbox.attachments })
          .from(schema.outbox)
          .where(ctx.eq(schema.outbox.id, id))
      )[0];
    expect((await body(recentEmail.id))?.message?.paragraphs).toEqual(["body"]);
    expect(await body(oldEmail.id)).toEqual({ text: "", message: null, attachments: [] });
    expect(await body(oldFailed.id)).toEqual({ text: "", message: null, attachments: [] });
    expect((await db.select().from(schema.rateLimits)).map((row) => row.key)).toEqual(["live"]);
    expect((await db.select().from(schema.sessions)).map((row) => row.idHash)).toEqual(["live"]);
    expect(await db.select().from(schema.auditEvents)).toHaveLength(1);
    // Idempotent: a second run finds nothing.
    expect((await ctx.applyRetention(ctx.warning, NOW)).counts).toEqual({
      requests: 0,
      calls: 0,
      warned: 0,
      anonymisedAccounts: 0,
      rateLimits: 0,
      formTokens: 0,
      sessions: 0,
      resetTokens: 0,
      verificationTokens: 0,
      calendarFeeds: 0,
      emailBodies: 0,
      emails: 0,
      quarantined: 0,
      auditEvents: 0,
      webhookDeliveries: 0,
    });
    expect(
      (await db.select({ eventId: schema.webhookDeliveries.eventId }).from(schema.webhookDeliveries)).map(
        (row) => row.eventId,
      ),
    ).toHaveLength(2);
    expect(
      (await db.select({ eventId: schema.webhookDeliveries.eventId }).from(schema.webhookDeliveries)).map(
        (row) => row.eventId,
      ),
    ).toEqual(expect.arrayContaining(["msg_waits", "msg_new"]));
  });

  it("`npm run jobs` applies it, reports the counts and deletes the CV files of erased accounts", async () => {
    const ctx = await setUp();
    const { saveCv } = await import("@/services/cv-storage");
    const key = await saveCv(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), ".pdf");
    const now = Date.now();
    const user = await candidate(ctx, "Jules Jobs", new Date(now - 25 * MONTH));
    await ctx.transaction(async (tx) => {
      await tx
        .update(ctx.schema.users)
        .set({ retentionNoticeAt: new Date(now - 31 * DAY), lastActiveAt: new Date(now - 26 * MONTH) })
        .where(ctx.eq(ctx.schema.users.id, user.id));
      await tx
        .update(ctx.schema.candidateProfiles)
        .set({ cvFileKey: key })
        .where(ctx.eq(ctx.schema.candidateProfiles.userId, user.id));
      await tx.insert(ctx.schema.rateLimits).values({ key: "old", windowStart: now - 2 * DAY, count: 1 });
    });
    // The jobs run in their own process, on the same database: this one lets go of it first.
    await closeAppDatabase();

    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: ctx.file, NODE_ENV: "production" };
    delete env.SMTP_URL;
    const jobs = () =>
      spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/jobs.ts"], { env, encoding: "utf8" });
    const first = jobs();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/retention: requests 0, calls 0, warned 0, anonymisedAccounts 1, rateLimits 1,/);
    expect(existsSync(join(ctx.dir, "uploads", "cv", key))).toBe(false);
    expect(readdirSync(join(ctx.dir, "uploads", "cv"))).toEqual([]);
    const second = jobs();
    expect(second.stdout).toMatch(/retention: requests 0, calls 0, warned 0, anonymisedAccounts 0, rateLimits 0,/);
  }, 60_000);
});
