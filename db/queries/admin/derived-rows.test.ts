import { afterEach, describe, expect, it } from "vitest";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "../../test-database";

afterEach(() => closeAppDatabase());

/**
 * status_counts, daily_counts and candidate_skills are kept by triggers (migrations 0016 on SQLite, 0012 on
 * PostgreSQL): after each flow that changes requests or profiles, they must be what a recount of the
 * rows makes.
 */
async function setUp() {
  const { db, transaction } = await openFreshDatabase("derived-rows");
  const schema = await import("../../schema");
  const { asc, count, eq } = await import("drizzle-orm");
  const { createContactRequest } = await import("../contact-requests");
  const { createCandidate } = await import("../users");
  const requests = await import("./requests");
  const candidates = await import("./candidates");
  const directory = await import("../directory");
  const { eraseAccount } = await import("../privacy");
  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });

  let tokens = 0;
  const request = async (email: string) => {
    const created = await createContactRequest(
      {
        name: "Jo Buyer",
        email,
        company: "Freightly",
        role: "Backend developer",
        seniority: "Senior",
        developers: 1,
        desiredStart: "asap",
        budget: null,
        message: "We need a Go engineer.",
        sourcePage: "/contact",
      },
      { tokenHash: `token-${++tokens}`, expiresAt: new Date(Date.now() + 60_000) },
      (reference) => ({ kind: "receipt", to: email, subject: reference, message: { preview: "", paragraphs: [] } }),
    );
    if (!created) throw new Error("no request");
    return created.id;
  };
  const candidate = async (name: string) => {
    const created = await createCandidate({
      name,
      email: `${name.split(" ")[0]}@candidates.example`,
      passwordHash: "x",
    });
    if (!created.ok) throw new Error("no candidate");
    return created.user;
  };
  const setProfile = (userId: number, values: Partial<typeof schema.candidateProfiles.$inferInsert>) =>
    transaction(async (tx) => {
      await tx.update(schema.candidateProfiles).set(values).where(eq(schema.candidateProfiles.userId, userId));
    });

  /** The counts as the triggers keep them, and as counting the rows gives them. */
  const counts = async () => {
    const kept = await db
      .select({ subject: schema.statusCounts.subject, status: schema.statusCounts.status, n: schema.statusCounts.n })
      .from(schema.statusCounts)
      .orderBy(asc(schema.statusCounts.subject), asc(schema.statusCounts.status));
    const requestRows = await db
      .select({ status: schema.contactRequests.status, n: count() })
      .from(schema.contactRequests)
      .groupBy(schema.contactRequests.status);
    const profileRows = await db
      .select({ status: schema.candidateProfiles.stage, n: count() })
      .from(schema.candidateProfiles)
      .groupBy(schema.candidateProfiles.stage);
    const recounted = [
      ...profileRows.map((row) => ({ subject: "candidate" as const, ...row })),
      ...requestRows.map((row) => ({ subject: "request" as const, ...row })),
    ].sort((a, b) => a.subject.localeCompare(b.subject) || a.status.localeCompare(b.status));
    // And per day: requests by the day they were received, applications by the day they were submitted.
    const DAY = 24 * 60 * 60 * 1000;
    const keptDays = await db
      .select({ subject: schema.dailyCounts.subject, day: schema.dailyCounts.day, n: schema.dailyCounts.n })
      .from(schema.dailyCounts);
    const perDay = new Map<string, number>();
    for (const row of await db.select({ at: schema.contactRequests.createdAt }).from(schema.contactRequests)) {
      const key = `request ${Math.floor(row.at.getTime() / DAY)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    for (const row of await db.select({ at: schema.candidateProfiles.submittedAt }).from(schema.candidateProfiles)) {
      if (!row.at) continue;
      const key = `application ${Math.floor(row.at.getTime() / DAY)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    const days = {
      kept: keptDays.map((row) => `${row.subject} ${row.day}: ${row.n}`).sort(),
      recounted: [...perDay].map(([key, n]) => `${key}: ${n}`).sort(),
    };
    return { kept: { statuses: kept, days: days.kept }, recounted: { statuses: recounted, days: days.recounted } };
  };

  /** The skill rows as the triggers keep them, and as the profiles' JSON and listing make them. */
  const skillRows = async () => {
    const kept = await db
      .select({
        userId: schema.candidateSkills.userId,
        skill: schema.candidateSkills.skill,
        listed: schema.candidateSkills.listed,
      })
      .from(schema.candidateSkills);
    const profiles = await db
      .select({
        userId: schema.candidateProfiles.userId,
        skills: schema.candidateProfiles.skills,
        stage: schema.candidateProfiles.stage,
        listedAt: schema.candidateProfiles.listedAt,
        hiddenAt: schema.candidateProfiles.hiddenAt,
      })
      .from(schema.candidateProfiles);
    const made = profiles.flatMap((profile) =>
      [...new Set(profile.skills.map((skill) => skill.toLowerCase()))].map((skill) => ({
        userId: profile.userId,
        skill,
        listed: profile.stage === "vetted" && profile.listedAt !== null && profile.hiddenAt === null,
      })),
    );
    const order = (rows: typeof kept) =>
      rows
        .map((row) => ({ ...row, listed: Boolean(row.listed) }))
        .sort((a, b) => a.userId - b.userId || a.skill.localeCompare(b.skill));
    return { kept: order(kept), made: order(made) };
  };

  return {
    db,
    schema,
    eq,
    transaction,
    requests,
    candidates,
    directory,
    eraseAccount,
    manager,
    request,
    candidate,
    setProfile,
    counts,
    skillRows,
  };
}

describe("the counts kept by triggers (status_counts, daily_counts)", () => {
  it("follow requests received (on a day), moved on, merged and deleted", async () => {
    const { db, schema, eq, requests, manager, request, counts, transaction } = await setUp();
    const expectRecount = async () => {
      const { kept, recounted } = await counts();
      expect(kept).toEqual(recounted);
    };
    const first = await request("jo@freightly.example");
    const second = await request("jo@freightly.example");
    const third = await request("sam@ledgerly.example");
    // Received on the column's default instant (on SQLite a real number of milliseconds), on another day too.
    await transaction(async (tx) => {
      const values = {
        name: "Al Buyer",
        email: "al@shipwise.example",
        emailNormalized: "al@shipwise.example",
        company: "Shipwise",
        role: "Backend developer",
        seniority: "Senior",
        developers: 1,
        desiredStart: "asap",
        message: "Hello",
        sourcePage: "/contact",
        consentAt: new Date(),
      };
      await tx.insert(schema.contactRequests).values({ ...values, reference: "BT-DEFAULT" });
      await tx
        .insert(schema.contactRequests)
        .values({ ...values, reference: "BT-OLDER", createdAt: new Date(Date.UTC(2026, 0, 5, 23, 59)) });
    });
    await expectRecount();
    expect(await requests.setRequestStatus(manager, first, "contacted", null)).toBe(true);
    expect(await requests.setRequestStatus(manager, third, "lost", "No budget")).toBe(true);
    await expectRecount();
    expect((await requests.mergeRequests(manager, second, first)).ok).toBe(true);
    await expectRecount();
    await transaction(async (tx) => {
      await tx.delete(schema.contactRequests).where(eq(schema.contactRequests.id, third));
      await tx.delete(schema.contactRequests).where(eq(schema.contactRequests.status, "new"));
    });
    await expectRecount();
    // The last request of a status leaves no row behind: the rows are those a recount makes.
    expect((await db.select().from(schema.statusCounts)).filter((row) => row.subject === "request")).toEqual([
      { subject: "request", status: "contacted", n: 1 },
    ]);
  });

  it("follow profiles created, submitted (on a day), moved through stages, erased and deleted with their account", async () => {
    const { candidates, eraseAccount, manager, candidate, counts, setProfile, schema, eq, transaction } = await setUp();
    const expectRecount = async () => {
      const { kept, recounted } = await counts();
      expect(kept).toEqual(recounted);
    };
    const ada = await candidate("Ada Lovelace");
    const bob = await candidate("Bob Kernighan");
    await expectRecount();
    const notify = (to: { name: string; email: string }) => ({
      kind: "stage" as const,
      to: to.email,
      subject: "Stage",
      message: { preview: "", paragraphs: [] },
    });
    expect(await candidates.moveCandidateToStage(manager, ada.id, "screening", null, notify)).toBeTruthy();
    expect(await candidates.moveCandidateToStage(manager, bob.id, "vetted", null, notify)).toBeTruthy();
    await expectRecount();
    // Submitted on a day, then on another (as a test or an import might), then taken back.
    await setProfile(ada.id, { submittedAt: new Date(Date.UTC(2026, 0, 5, 12)) });
    await setProfile(bob.id, { submittedAt: new Date(Date.UTC(2026, 0, 5, 13)) });
    await expectRecount();
    await setProfile(bob.id, { submittedAt: new Date(Date.UTC(2026, 0, 7)) });
    await setProfile(ada.id, { submittedAt: null });
    await expectRecount();
    expect((await eraseAccount(ada.id, "deleted by the person")).erased).toBe(true);
    await expectRecount();
    await transaction(async (tx) => {
      await tx.delete(schema.users).where(eq(schema.users.id, bob.id));
    });
    await expectRecount();
  });
});

describe("the skill rows kept by triggers (candidate_skills)", () => {
  it("follow a profile's skills and whether it is listed, and go with the profile", async () => {
    const { schema, eq, directory, candidates, manager, candidate, setProfile, skillRows, transaction } = await setUp();
    const expectRemade = async () => {
      const { kept, made } = await skillRows();
      expect(kept).toEqual(made);
    };
    const ada = await candidate("Ada Lovelace");
    await setProfile(ada.id, { skills: ["Go", "PostgreSQL", "go"] });
    await expectRemade();
    await setProfile(ada.id, { stage: "vetted", seniority: "Senior", availability: "full-time" });
    expect(await directory.setOwnListing(ada, { listed: true, displayName: null })).toMatchObject({ ok: true });
    await expectRemade();
    expect((await skillRows()).kept.every((row) => row.listed)).toBe(true);
    await setProfile(ada.id, { skills: ["Rust"] });
    await expectRemade();
    await directory.setListingHidden(manager, ada.id, { hidden: true, reason: "Asked to" });
    await expectRemade();
    await directory.setListingHidden(manager, ada.id, { hidden: false });
    const notify = (to: { name: string; email: string }) => ({
      kind: "stage" as const,
      to: to.email,
      subject: "Stage",
      message: { preview: "", paragraphs: [] },
    });
    await candidates.moveCandidateToStage(manager, ada.id, "placed", null, notify);
    await expectRemade();
    expect((await skillRows()).kept).toEqual([{ userId: ada.id, skill: "rust", listed: false }]);
    await transaction(async (tx) => {
      await tx.delete(schema.users).where(eq(schema.users.id, ada.id));
    });
    expect((await skillRows()).kept).toEqual([]);
  });
});
