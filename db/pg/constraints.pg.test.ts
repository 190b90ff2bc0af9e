import { afterEach, describe, expect, it } from "vitest";
import { closeAppDatabase, openFreshDatabase, refusedBy } from "../test-database";

afterEach(() => closeAppDatabase());

const MINUTE = 60_000;

describe("PostgreSQL's own invariants", () => {
  it("refuses two confirmed calls of one expert that overlap, which only the exclusion constraint catches", async () => {
    const { db, transaction } = await openFreshDatabase("no-overlap", { engine: "postgres" });
    const { bookings, talentExperts } = await import("../schema");
    const [expert] = await db.select({ id: talentExperts.id }).from(talentExperts).limit(1);
    if (!expert) throw new Error("no seeded expert");
    const start = Date.UTC(2031, 0, 6, 10);
    let made = 0;
    const book = (from: number, minutes: number, status: "confirmed" | "cancelled" = "confirmed") =>
      transaction(async (tx) => {
        made++;
        await tx.insert(bookings).values({
          reference: `BC-TEST${made}`,
          expertId: expert.id,
          startsAt: new Date(from),
          endsAt: new Date(from + minutes * MINUTE),
          status,
          name: "Visitor",
          email: `visitor${made}@example.com`,
          emailNormalized: `visitor${made}@example.com`,
          company: "Overlap Inc",
          hiringFor: "Go",
          visitorTimeZone: "UTC",
          manageTokenHash: String(made).padStart(64, "0"),
        });
      });

    await book(start, 30);
    // A different start time, so the unique index (expert, start) lets it through: the ranges overlap.
    expect(await refusedBy(book(start + 15 * MINUTE, 30))).toEqual({
      kind: "exclusion",
      target: "bookings_no_overlap",
    });
    // Back to back is not an overlap; a cancelled call holds no time.
    await book(start + 30 * MINUTE, 30);
    await book(start + 15 * MINUTE, 30, "cancelled");
    const confirmed = await db.select({ id: bookings.id }).from(bookings);
    expect(confirmed).toHaveLength(3);
  });
});
