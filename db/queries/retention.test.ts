import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openFreshDatabase } from "../test-database";

const DAY = 86_400_000;
const MONTH = 30 * DAY;
const NOW = Date.parse("2027-06-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW - ms);

afterEach(() => {
  vi.unstubAllEnvs();
});

async function setUp() {
  const { db, dir, file } = await openFreshDatabase("retention");
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
  return { db, dir, file, schema, eq, ...retention, warning };
}

type Ctx = Awaited<ReturnType<typeof setUp>>;

let references = 0;
function lead(ctx: Ctx, email: string, at: Date, name = "Jordan Buyer") {
  return ctx.db
    .insert(ctx.schema.contactRequests)
    .values({
      reference: `BT-R${++references}`,
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
    .returning()
    .get();
}
function call(ctx: Ctx, email: string, startsAt: Date, name = "Jordan Buyer") {
  const expert = ctx.db.select().from(ctx.schema.talentExperts).get();
  if (!expert) throw new Error("seeded expert missing");
  return ctx.db
    .insert(ctx.schema.bookings)
    .values({
      reference: `BC-R${++references}`,
      expertId: expert.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      name,
      email,
      emailNormalized: email,
      company: "Ledgerly",
      hiringFor: "Go",
      visitorTimeZone: "UTC",
      manageTokenHash: `${references}`.padStart(64, "0"),
      createdAt: startsAt,
    })
    .returning()
    .get();
}
function candidate(ctx: Ctx, name: string, lastActiveAt: Date) {
  const email = `${name.toLowerCase().replace(/\W/g, ".")}@candidates.example`;
  const user = ctx.db
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
    .returning()
    .get();
  ctx.db
    .insert(ctx.schema.candidateProfiles)
    .values({
      userId: user.id,
      headline: `${name} headline`,
      cvFileKey: `${"a".repeat(8)}-0000-0000-0000-${String(user.id).padStart(12, "0")}.pdf`,
    })
    .run();
  return user;
}

describe("the retention schedule (S19)", () => {
  it("anonymises requests and calls 24 months after the address's last contact, and only those", async () => {
    const ctx = await setUp();
    const stale = lead(ctx, "old@ledgerly.example", ago(25 * MONTH), "Olga Oldfield");
    ctx.db
      .insert(ctx.schema.activities)
      .values({
        subjectType: "request",
        subjectId: stale.id,
        kind: "note",
        body: "Olga Oldfield wants two engineers",
        createdAt: ago(25 * MONTH),
      })
      .run();
    const staleCall = call(ctx, "old@ledgerly.example", ago(25 * MONTH));
    const keptByLaterCall = lead(ctx, "back@ledgerly.example", ago(30 * MONTH));
    const laterCall = call(ctx, "back@ledgerly.example", ago(2 * MONTH));
    const recent = lead(ctx, "new@ledgerly.example", ago(23 * MONTH));

    expect(await ctx.anonymiseStaleLeads(NOW)).toEqual({ requests: 1, calls: 1 });
    const byId = (id: number) =>
      ctx.db.select().from(ctx.schema.contactRequests).where(ctx.eq(ctx.schema.contactRequests.id, id)).get();
    expect(byId(stale.id)).toMatchObject({
      name: "Erased contact",
      email: `request-${stale.id}@erased.invalid`,
      message: "",
      company: "Ledgerly",
      status: "new",
    });
    expect(
      ctx.db.select().from(ctx.schema.bookings).where(ctx.eq(ctx.schema.bookings.id, staleCall.id)).get(),
    ).toMatchObject({ name: "Erased contact", email: `call-${staleCall.id}@erased.invalid` });
    expect(ctx.db.select({ body: ctx.schema.activities.body }).from(ctx.schema.activities).all()).toEqual([
      { body: "[erased] wants two engineers" },
    ]);
    expect(byId(keptByLaterCall.id)?.email).toBe("back@ledgerly.example");
    expect(
      ctx.db.select().from(ctx.schema.bookings).where(ctx.eq(ctx.schema.bookings.id, laterCall.id)).get()?.email,
    ).toBe("back@ledgerly.example");
    expect(byId(recent.id)?.email).toBe("new@ledgerly.example");
    expect(await ctx.anonymiseStaleLeads(NOW)).toEqual({ requests: 0, calls: 0 });
  });

  it("warns a candidate inactive for 24 months, erases them 30 days later, and spares one who came back", async () => {
    const ctx = await setUp();
    const quiet = candidate(ctx, "Quinn Quiet", ago(25 * MONTH));
    const returning = candidate(ctx, "Rene Returning", ago(25 * MONTH));
    const active = candidate(ctx, "Ada Active", ago(3 * MONTH));

    expect(await ctx.applyInactiveAccountRule(ctx.warning, NOW)).toMatchObject({ warned: 2, anonymised: 0 });
    const notices = ctx.db
      .select()
      .from(ctx.schema.outbox)
      .where(ctx.eq(ctx.schema.outbox.kind, "retention-notice"))
      .all();
    expect(notices.map((email) => email.to).sort()).toEqual([quiet.email, returning.email].sort());
    expect(notices[0]?.message?.paragraphs[0]).toContain(new Date(NOW + 30 * DAY).toISOString().slice(0, 10));
    // The same day again, and 29 days later: no second warning, nobody erased yet.
    expect(await ctx.applyInactiveAccountRule(ctx.warning, NOW)).toMatchObject({ warned: 0, anonymised: 0 });
    expect(await ctx.applyInactiveAccountRule(ctx.warning, NOW + 29 * DAY)).toMatchObject({ warned: 0, anonymised: 0 });

    ctx.db
      .update(ctx.schema.users)
      .set({ lastActiveAt: new Date(NOW + 5 * DAY) })
      .where(ctx.eq(ctx.schema.users.id, returning.id))
      .run();
    const later = await ctx.applyInactiveAccountRule(ctx.warning, NOW + 31 * DAY);
    expect(later).toMatchObject({ warned: 0, returned: 1, anonymised: 1 });
    expect(later.cvKeys).toEqual([`${"a".repeat(8)}-0000-0000-0000-${String(quiet.id).padStart(12, "0")}.pdf`]);
    const user = (id: number) => ctx.db.select().from(ctx.schema.users).where(ctx.eq(ctx.schema.users.id, id)).get();
    expect(user(quiet.id)).toMatchObject({ name: "Deleted candidate", active: false });
    expect(ctx.db.select().from(ctx.schema.outbox).where(ctx.eq(ctx.schema.outbox.to, quiet.email)).all()).toEqual([]);
    expect(user(returning.id)).toMatchObject({ name: "Rene Returning", retentionNoticeAt: null });
    expect(user(active.id)).toMatchObject({ name: "Ada Active", retentionNoticeAt: null });
    expect(ctx.db.select().from(ctx.schema.auditEvents).all()).toMatchObject([
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
    const { schema, db } = ctx;
    db.insert(schema.rateLimits)
      .values([
        { key: "old", windowStart: NOW - 2 * DAY, count: 3 },
        { key: "live", windowStart: NOW - 60_000, count: 1 },
      ])
      .run();
    db.insert(schema.usedFormTokens)
      .values([
        { tokenHash: "spent", expiresAt: ago(DAY) },
        { tokenHash: "live", expiresAt: new Date(NOW + DAY) },
      ])
      .run();
    const someone = candidate(ctx, "Sam Sessions", ago(DAY));
    db.insert(schema.sessions)
      .values([
        { idHash: "ended", userId: someone.id, lastSeenAt: ago(40 * DAY), expiresAt: ago(10 * DAY) },
        { idHash: "live", userId: someone.id, lastSeenAt: ago(DAY), expiresAt: new Date(NOW + DAY) },
      ])
      .run();
    db.insert(schema.passwordResetTokens)
      .values({ userId: someone.id, tokenHash: "reset", expiresAt: ago(DAY) })
      .run();
    db.insert(schema.emailVerificationTokens)
      .values({ userId: someone.id, tokenHash: "verify", expiresAt: ago(DAY) })
      .run();
    const email = (sentDaysAgo: number, status: "sent" | "failed" = "sent") =>
      db
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
        .returning()
        .get();
    const recentEmail = email(10);
    const oldEmail = email(31);
    const oldFailed = email(31, "failed");
    email(400);
    const held = (sentDaysAgo: number, restoredRequestId: number | null = null) =>
      db
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
        .returning()
        .get();
    const recentHeld = held(29);
    held(31);
    // A restored one lives on as its request; the held copy goes after 30 days like the rest.
    const restored = lead(ctx, "quinn@held.example", ago(31 * DAY), "Quinn Held");
    held(31, restored.id);
    db.insert(schema.auditEvents)
      .values([
        { action: "export", createdAt: ago(13 * MONTH) },
        { action: "export", createdAt: ago(11 * MONTH) },
      ])
      .run();

    expect(await ctx.deleteExpiredRows(NOW)).toEqual({
      rateLimits: 1,
      formTokens: 1,
      sessions: 1,
      resetTokens: 1,
      verificationTokens: 1,
    });
    // The 400-day-old email loses its body, then the whole record.
    expect(await ctx.pruneOldRecords(NOW)).toEqual({ emailBodies: 3, emails: 1, quarantined: 2, auditEvents: 1 });
    expect(db.select({ id: schema.contactQuarantine.id }).from(schema.contactQuarantine).all()).toEqual([
      { id: recentHeld.id },
    ]);
    expect(
      db.select().from(schema.contactRequests).where(ctx.eq(schema.contactRequests.id, restored.id)).get()?.name,
    ).toBe("Quinn Held");
    const body = (id: number) =>
      db
        .select({ text: schema.outbox.text, message: schema.outbox.message, attachments: schema.outbox.attachments })
        .from(schema.outbox)
        .where(ctx.eq(schema.outbox.id, id))
        .get();
    expect(body(recentEmail.id)?.message?.paragraphs).toEqual(["body"]);
    expect(body(oldEmail.id)).toEqual({ text: "", message: null, attachments: [] });
    expect(body(oldFailed.id)).toEqual({ text: "", message: null, attachments: [] });
    expect(
      db
        .select()
        .from(schema.rateLimits)
        .all()
        .map((row) => row.key),
    ).toEqual(["live"]);
    expect(
      db
        .select()
        .from(schema.sessions)
        .all()
        .map((row) => row.idHash),
    ).toEqual(["live"]);
    expect(db.select().from(schema.auditEvents).all()).toHaveLength(1);
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
      emailBodies: 0,
      emails: 0,
      quarantined: 0,
      auditEvents: 0,
    });
  });

  it("`npm run jobs` applies it, reports the counts and deletes the CV files of erased accounts", async () => {
    const ctx = await setUp();
    const { saveCv } = await import("@/services/cv-storage");
    const key = await saveCv(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), ".pdf");
    const now = Date.now();
    const user = candidate(ctx, "Jules Jobs", new Date(now - 25 * MONTH));
    ctx.db
      .update(ctx.schema.users)
      .set({ retentionNoticeAt: new Date(now - 31 * DAY), lastActiveAt: new Date(now - 26 * MONTH) })
      .where(ctx.eq(ctx.schema.users.id, user.id))
      .run();
    ctx.db
      .update(ctx.schema.candidateProfiles)
      .set({ cvFileKey: key })
      .where(ctx.eq(ctx.schema.candidateProfiles.userId, user.id))
      .run();
    ctx.db
      .insert(ctx.schema.rateLimits)
      .values({ key: "old", windowStart: now - 2 * DAY, count: 1 })
      .run();
    ctx.db.$client.close();

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
