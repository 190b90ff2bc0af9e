import { afterEach, describe, expect, it } from "vitest";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "../../test-database";

afterEach(() => closeAppDatabase());

const DAY = 24 * 60 * 60 * 1000;

describe("the overview's figures", () => {
  it("are what counting the rows gives: per status and stage, per week, and the funnel's 90 days", async () => {
    const { db, transaction } = await openFreshDatabase("overview");
    const schema = await import("../../schema");
    const { getOverview, HIRING_FUNNEL_DAYS } = await import("./overview");
    const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
    const now = Date.UTC(2026, 5, 17, 15, 30);
    // Requests every 7 hours over 120 days (so some fall on the 90 days' first day before and after its hour).
    const statuses = ["new", "contacted", "won", "lost"] as const;
    await transaction(async (tx) => {
      await tx.insert(schema.contactRequests).values(
        Array.from({ length: (120 * 24) / 7 }, (_, index) => ({
          reference: `BT-${index}`,
          name: "Jo Buyer",
          email: `jo${index}@buyer.example`,
          emailNormalized: `jo${index}@buyer.example`,
          company: "Freightly",
          role: "Backend developer",
          seniority: "Senior",
          developers: 1,
          desiredStart: "asap",
          message: "Hello",
          sourcePage: "/contact",
          status: statuses[index % 4],
          consentAt: new Date(now),
          createdAt: new Date(now - index * 7 * 60 * 60 * 1000),
          updatedAt: new Date(now - index * 7 * 60 * 60 * 1000),
        })),
      );
      const users = await tx
        .insert(schema.users)
        .values(
          Array.from({ length: 40 }, (_, index) => ({
            name: `Dev ${index}`,
            email: `dev${index}@candidates.example`,
            emailNormalized: `dev${index}@candidates.example`,
            passwordHash: "x",
          })),
        )
        .returning({ id: schema.users.id });
      await tx.insert(schema.candidateProfiles).values(
        users.map((user, index) => ({
          userId: user.id,
          stage: index % 5 === 0 ? ("draft" as const) : index % 2 ? ("submitted" as const) : ("screening" as const),
          submittedAt: index % 5 === 0 ? null : new Date(now - index * 2 * DAY),
        })),
      );
    });

    const overview = await getOverview(manager, { staleDays: 7, now });
    const requests = await db.select().from(schema.contactRequests);
    const profiles = await db.select().from(schema.candidateProfiles);
    expect(overview.newRequests).toBe(requests.filter((row) => row.status === "new").length);
    for (const step of overview.funnel)
      expect(step.count).toBe(profiles.filter((row) => row.stage === step.stage).length);
    const inWeek = (at: Date | null, weekStart: Date) =>
      at !== null && at.getTime() >= weekStart.getTime() && at.getTime() < weekStart.getTime() + 7 * DAY;
    for (const week of overview.requestsPerWeek)
      expect(week.count).toBe(requests.filter((row) => inWeek(row.createdAt, week.weekStart)).length);
    for (const week of overview.applicationsPerWeek)
      expect(week.count).toBe(profiles.filter((row) => inWeek(row.submittedAt, week.weekStart)).length);
    expect(overview.requestsPerWeek.some((week) => week.count > 0)).toBe(true);
    const since = now - HIRING_FUNNEL_DAYS * DAY;
    expect(overview.hiring[0]?.count).toBe(requests.filter((row) => row.createdAt.getTime() >= since).length);
    const open = ["new", "contacted", "qualified", "proposal"];
    expect(overview.staleRequests.total).toEqual({
      count: requests.filter((row) => open.includes(row.status) && row.updatedAt.getTime() < now - 7 * DAY).length,
      exact: true,
    });
  });
});
