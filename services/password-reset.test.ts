import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { closeAppDatabase, openFreshDatabase } from "../db/test-database";

const MINUTE = 60 * 1000;
const t0 = 1_800_000_000_000;

let reset: typeof import("./password-reset");
let resetEmailsTo: (email: string) => Promise<number>;
let linksOf: (email: string) => Promise<Date[]>;
let ttl: number;

beforeAll(async () => {
  const { db } = await openFreshDatabase("password-reset", { seed: false });
  reset = await import("./password-reset");
  ttl = (await import("@/db/queries/password-resets")).RESET_TOKEN_TTL_MS;
  const { and, eq } = await import("drizzle-orm");
  const { outbox, passwordResetTokens, users } = await import("../db/schema");
  const { createCandidate } = await import("@/db/queries/users");
  for (const name of ["owner", "other"])
    await createCandidate({ name: `Ada ${name}`, email: `${name}@candidates.example`, passwordHash: "x" });
  resetEmailsTo = async (email) =>
    (
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.to, email), eq(outbox.kind, "password-reset")))
    ).length;
  linksOf = async (email) =>
    (
      await db
        .select({ expiresAt: passwordResetTokens.expiresAt })
        .from(passwordResetTokens)
        .innerJoin(users, eq(users.id, passwordResetTokens.userId))
        .where(eq(users.email, email))
    ).map((row) => row.expiresAt);
});
afterAll(() => closeAppDatabase());

describe("asking for a reset link (#27 N8)", () => {
  it("five strangers' addresses × 3 requests email the owner once, and the owner's own request minutes later finds that link working", async () => {
    const owner = "owner@candidates.example";
    const answers = [];
    for (let stranger = 1; stranger <= 5; stranger++)
      for (let attempt = 0; attempt < 3; attempt++)
        answers.push(await reset.requestResetLink(owner, `198.18.0.${stranger}`, t0 + stranger * 1_000 + attempt));
    expect(answers[0]).toEqual({ ok: true });
    expect(answers.slice(1).every((answer) => !answer.ok && answer.reason === "recently-sent")).toBe(true);
    expect(await resetEmailsTo(owner)).toBe(1);

    // The owner, from home, five minutes later: no second email, and the one sent works 55 minutes more.
    const own = await reset.requestResetLink(owner, "203.0.113.7", t0 + 1_000 + 5 * MINUTE);
    expect(own).toEqual({ ok: false, reason: "recently-sent", sentAgoMs: 5 * MINUTE, retryAfterMs: 10 * MINUTE });
    const [link] = await linksOf(owner);
    expect((link?.getTime() ?? 0) - (t0 + 1_000 + 5 * MINUTE)).toBe(55 * MINUTE);
    // …and a new one once the quarter of an hour is over.
    expect(await reset.requestResetLink(owner, "203.0.113.7", t0 + 1_000 + 15 * MINUTE)).toEqual({ ok: true });
    expect(await resetEmailsTo(owner)).toBe(2);
  });

  it("never refuses while no link sent is still working, and emails an inbox at most 4 times an hour", async () => {
    const { perEmail } = RATE_LIMITS.passwordReset;
    expect(perEmail.max).toBe(1);
    expect(perEmail.windowMs).toBeLessThanOrEqual(ttl / 4);
    const other = "other@candidates.example";
    const start = t0 + 24 * 60 * MINUTE;
    for (let minute = 0; minute < 60; minute++) {
      const now = start + minute * MINUTE;
      const answer = await reset.requestResetLink(other, `198.18.1.${minute}`, now);
      if (!answer.ok) {
        expect(answer.reason).toBe("recently-sent");
        const newest = Math.max(...(await linksOf(other)).map((date) => date.getTime()));
        expect(newest - now).toBeGreaterThanOrEqual(ttl - perEmail.windowMs);
      }
    }
    expect(await resetEmailsTo(other)).toBe(4);
  });

  it("answers an address nobody has as it answers an account's, and queues nothing for it", async () => {
    const nobody = "nobody@candidates.example";
    const start = t0 + 48 * 60 * MINUTE;
    expect(await reset.requestResetLink(nobody, "198.18.2.1", start)).toEqual({ ok: true });
    expect(await reset.requestResetLink(nobody, "198.18.2.2", start + MINUTE)).toEqual({
      ok: false,
      reason: "recently-sent",
      sentAgoMs: MINUTE,
      retryAfterMs: 14 * MINUTE,
    });
    expect(await resetEmailsTo(nobody)).toBe(0);
  });

  it("refuses one client address after 10 requests an hour, whatever the emails and the answers", async () => {
    const start = t0 + 72 * 60 * MINUTE;
    for (let request = 0; request < 10; request++)
      expect((await reset.requestResetLink(`someone-${request % 3}@x.example`, "198.18.3.1", start + request)).ok).toBe(
        request < 3,
      );
    expect(await reset.requestResetLink("someone-new@x.example", "198.18.3.1", start + 10)).toEqual({
      ok: false,
      reason: "address-limit",
      retryAfterMs: 60 * MINUTE - 10,
    });
  });
});
