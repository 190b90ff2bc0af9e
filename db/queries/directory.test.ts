import { describe, expect, it } from "vitest";
import { parseDirectoryQuery } from "@/domain/directory";
import { insertStaffUser, openFreshDatabase } from "../test-database";

/** Three candidates: Ada (vetted, Lisbon, Go), Bob (vetted, Tokyo, Rust) and Cy (still screening). */
async function setUp() {
  const { transaction } = await openFreshDatabase("directory");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const { createCandidate } = await import("./users");
  const directory = await import("./directory");
  const { askToInterview } = await import("@/services/hiring/ask-to-interview");
  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  const candidate = async (name: string, profile: Partial<typeof schema.candidateProfiles.$inferInsert>) => {
    const created = await createCandidate({
      name,
      email: `${name.split(" ")[0]}@candidates.example`,
      passwordHash: "x",
    });
    if (!created.ok) throw new Error("no candidate");
    await transaction(async (tx) => {
      await tx
        .update(schema.candidateProfiles)
        .set({ seniority: "Senior", availability: "full-time", stage: "vetted", ...profile })
        .where(eq(schema.candidateProfiles.userId, created.user.id));
    });
    return created.user;
  };
  const ada = await candidate("Ada Lovelace", {
    headline: "Go engineer",
    skills: ["Go", "PostgreSQL"],
    timeZone: "Europe/Lisbon",
    yearsExperience: 9,
  });
  const bob = await candidate("Bob Kernighan", {
    headline: "Rust engineer",
    skills: ["Rust"],
    timeZone: "Asia/Tokyo",
    yearsExperience: 4,
    seniority: "Middle",
  });
  const cy = await candidate("Cy Screening", { stage: "screening", skills: ["Go"] });
  const search = (params: Record<string, string> = {}, zone = "Europe/Berlin") =>
    directory.searchDirectory(parseDirectoryQuery(params, zone));
  const labels = async (params: Record<string, string> = {}, zone?: string) =>
    (await search(params, zone)).cards.map((card) => card.label);
  return { directory, askToInterview, manager, ada, bob, cy, search, labels };
}

describe("the public directory", () => {
  it("lists only vetted candidates who opted in, under their initials or chosen name, never staff-hidden ones", async () => {
    const { directory, manager, ada, bob, cy, labels } = await setUp();
    expect(await labels()).toEqual([]);
    expect(await directory.setOwnListing(ada, { listed: true, displayName: null })).toEqual({
      ok: true,
      hidden: false,
    });
    expect(await directory.setOwnListing(bob, { listed: true, displayName: "Bobby" })).toEqual({
      ok: true,
      hidden: false,
    });
    // Not vetted yet: refused, and nothing is listed.
    expect(await directory.setOwnListing(cy, { listed: true, displayName: null })).toEqual({
      ok: false,
      reason: "not-vetted",
    });
    expect(await labels()).toEqual(["Bobby", "A. L."]);
    await directory.setListingHidden(manager, bob.id, { hidden: true, reason: "NDA in the headline" });
    expect(await labels()).toEqual(["A. L."]);
    // Hidden stays hidden whatever the candidate does (and they are told), until staff show it again.
    expect(await directory.setOwnListing(bob, { listed: true, displayName: "Bobby" })).toEqual({
      ok: true,
      hidden: true,
    });
    expect(await labels()).toEqual(["A. L."]);
    await directory.setListingHidden(manager, bob.id, { hidden: false });
    expect(await labels()).toEqual(["Bobby", "A. L."]);
    // Leaving removes the profile at once; it keeps its address for a return.
    const { publicId } = (await directory.getOwnListing(ada)) ?? {};
    expect(publicId).toMatch(/^[a-z0-9]{12}$/);
    expect(await directory.getDirectoryProfile(publicId ?? "", "UTC")).not.toBeNull();
    await directory.setOwnListing(ada, { listed: false, displayName: null });
    expect(await directory.getDirectoryProfile(publicId ?? "", "UTC")).toBeNull();
    expect(await labels()).toEqual(["Bobby"]);
    await directory.setOwnListing(ada, { listed: true, displayName: null });
    expect((await directory.getOwnListing(ada))?.publicId).toBe(publicId);
  });

  it("says when a stage change or an erasure takes a listed profile out of the directory (#27 N6)", async () => {
    const { directory, manager, ada, bob, labels } = await setUp();
    const { moveCandidateToStage } = await import("./admin/candidates");
    const { eraseCandidate } = await import("./candidates");
    const { stageEmail } = await import("@/services/account-emails");
    await directory.setOwnListing(ada, { listed: true, displayName: null });
    // The callers expire the hire pages and the sitemap on this answer.
    expect(await moveCandidateToStage(manager, ada.id, "rejected", "Not this year", stageEmail)).toEqual({
      listingChanged: true,
    });
    expect(await labels()).toEqual([]);
    expect(await moveCandidateToStage(manager, ada.id, "vetted", null, stageEmail)).toEqual({ listingChanged: true });
    expect(await labels()).toEqual(["A. L."]);
    // Bob is vetted but never listed: his moves change no public page.
    expect(await moveCandidateToStage(manager, bob.id, "placed", null, stageEmail)).toEqual({ listingChanged: false });
    expect(await eraseCandidate(bob)).toMatchObject({ erased: true, listed: false });
    expect(await eraseCandidate(ada)).toMatchObject({ erased: true, listed: true });
    expect(await labels()).toEqual([]);
  });

  it("filters by exact skill, seniority and hours in common with the visitor's zone, and sorts", async () => {
    const { directory, ada, bob, labels, search } = await setUp();
    for (const person of [ada, bob]) await directory.setOwnListing(person, { listed: true, displayName: null });
    expect(await labels({ skill: "go" })).toEqual(["A. L."]);
    expect(await labels({ skill: "Rust" })).toEqual(["B. K."]);
    expect(await labels({ skill: "Google Cloud" })).toEqual([]);
    expect(await labels({ seniority: "Middle" })).toEqual(["B. K."]);
    // From Berlin, Lisbon shares 7 hours of a working day and Tokyo at most 1.
    expect(await labels({ overlap: "6" }, "Europe/Berlin")).toEqual(["A. L."]);
    expect(await labels({ overlap: "6" }, "Asia/Seoul")).toEqual(["B. K."]);
    expect(await labels({ sort: "experience" })).toEqual(["A. L.", "B. K."]);
    const { total, cards } = await search({ skill: "Go" });
    expect(total).toBe(1);
    expect(cards[0]?.overlapHours).toBe(7);
  });

  it("shows work history without the employer, never the surname, email or links; erasure takes it all", async () => {
    const { directory, ada } = await setUp();
    await directory.setOwnListing(ada, { listed: true, displayName: null });
    await directory.addOwnPosition(ada, {
      role: "Staff engineer",
      companyKind: "Payments scale-up",
      employer: "Secret Bank",
      startMonth: "2020-01",
      endMonth: null,
      summary: "Built the ledger.",
    });
    await directory.addOwnProject(ada, { name: "Ledger", summary: "Double-entry at scale." });
    const { publicId } = (await directory.getOwnListing(ada)) ?? {};
    const profile = await directory.getDirectoryProfile(publicId ?? "", "Europe/Berlin");
    const text = JSON.stringify(profile);
    for (const secret of ["Secret Bank", "Lovelace", "ada@candidates.example", "github"])
      expect(text).not.toContain(secret);
    expect(profile?.positions).toEqual([expect.objectContaining({ role: "Staff engineer" })]);
    expect(profile?.projects).toEqual([expect.objectContaining({ name: "Ledger" })]);
    // The candidate and staff read the employer.
    expect((await directory.getOwnHistory(ada)).positions[0]?.employer).toBe("Secret Bank");
    // At most three projects.
    for (const name of ["Two", "Three"]) await directory.addOwnProject(ada, { name, summary: "x" });
    expect(await directory.addOwnProject(ada, { name: "Four", summary: "x" })).toBe(false);
    // Erasing the account takes the history and the listing with it.
    const { eraseCandidate } = await import("./candidates");
    await eraseCandidate(ada);
    expect(await directory.getDirectoryProfile(publicId ?? "", "UTC")).toBeNull();
    const { db } = await import("../index");
    const schema = await import("../schema");
    expect(await db.select().from(schema.candidateExperience)).toEqual([]);
    expect(await db.select().from(schema.candidateProjects)).toEqual([]);
  });

  it("asking to interview makes a request with the developer proposed, once per form", async () => {
    const { directory, askToInterview, ada } = await setUp();
    const { db } = await import("../index");
    const schema = await import("../schema");
    await directory.setOwnListing(ada, { listed: true, displayName: "Captain Ada" });
    const publicId = (await directory.getOwnListing(ada))?.publicId ?? "";
    const token = { tokenHash: "directory-ask-token", expiresAt: new Date(Date.now() + 60_000) };
    const input = {
      name: "Jo Buyer",
      email: "jo@freightly.example",
      company: "Freightly",
      role: "Backend developer",
      seniority: "Senior",
      developers: 1,
      desiredStart: "asap",
      budget: null,
      message: "Our event platform.",
      sourcePage: `/developers/${publicId}`,
    };
    const emails = {
      receipt: ({ reference }: { reference: string }) => ({
        kind: "receipt",
        to: input.email,
        subject: reference,
        message: null,
      }),
      candidate: (person: { email: string }) => ({ kind: "ask", to: person.email, subject: "asked", message: null }),
    } as unknown as Parameters<typeof askToInterview>[3];
    const sent = await askToInterview(publicId, input, token, emails);
    expect(sent.ok).toBe(true);
    expect(await askToInterview(publicId, input, token, emails)).toEqual({ ok: false, reason: "replayed" });
    const proposals = await db.select().from(schema.proposals);
    expect(proposals).toEqual([expect.objectContaining({ candidateId: ada.id, candidateAnswer: "pending" })]);
    // The proposal says who was asked for: the timeline does not copy the name they chose for the public.
    const lines = await db
      .select({ type: schema.activities.subjectType, body: schema.activities.body })
      .from(schema.activities);
    expect(lines).toContainEqual({
      type: "request",
      body: "[by the company] Asked to interview Ada Lovelace from the directory",
    });
    expect(JSON.stringify(lines)).not.toContain("Captain Ada");
    // A profile that left the directory is not asked for, and nothing is stored.
    await directory.setOwnListing(ada, { listed: false, displayName: null });
    const again = { ...token, tokenHash: "another-token" };
    expect(await askToInterview(publicId, input, again, emails)).toEqual({ ok: false, reason: "gone" });
    expect(await db.select().from(schema.contactRequests)).toHaveLength(1);
  });
});

describe("the company's receipt for an ask (#27 W13)", () => {
  it("names the developer as the directory shows them, and offers a call only to an address without one coming", async () => {
    const { directory, askToInterview, ada, bob } = await setUp();
    const { db } = await import("../index");
    const schema = await import("../schema");
    const { eq } = await import("drizzle-orm");
    const { listOpenSlots } = await import("./bookings");
    const { bookDiscoveryCall } = await import("@/services/booking/book-call");
    const { interviewAskReceiptEmail } = await import("@/services/account-emails");
    const { bookingConfirmedEmails } = await import("@/services/booking-emails");
    const { directoryAskEmail } = await import("@/services/shortlist-emails");
    await directory.setOwnListing(ada, { listed: true, displayName: "Captain Ada" });
    await directory.setOwnListing(bob, { listed: true, displayName: null });
    const publicIdOf = async (user: typeof ada) => (await directory.getOwnListing(user))?.publicId ?? "";
    // Jo booked a discovery call; Kim has none.
    const [slot] = await listOpenSlots();
    if (!slot) throw new Error("no free slot");
    const call = await bookDiscoveryCall(
      {
        expertId: slot.expertId,
        start: slot.start,
        name: "Jo Buyer",
        email: "jo@freightly.example",
        company: "Freightly",
        hiringFor: "Go engineers",
        visitorTimeZone: "Europe/London",
        manageTokenHash: "j".repeat(64),
      },
      (booking) => bookingConfirmedEmails(booking, "j".repeat(43)),
    );
    expect(call.ok).toBe(true);
    const ask = async (user: typeof ada, email: string) => {
      const publicId = await publicIdOf(user);
      const input = {
        name: "Jo Buyer",
        email,
        company: "Freightly",
        role: "Backend developer",
        seniority: "Senior",
        developers: 1,
        desiredStart: "asap",
        budget: null,
        message: "Our event platform.",
        sourcePage: `/developers/${publicId}`,
      };
      const sent = await askToInterview(
        publicId,
        input,
        { tokenHash: `ask-${email}`, expiresAt: new Date(Date.now() + 60_000) },
        { receipt: (receipt) => interviewAskReceiptEmail(input, receipt), candidate: directoryAskEmail },
      );
      if (!sent.ok) throw new Error(sent.reason);
      const [receipt] = await db
        .select()
        .from(schema.outbox)
        .where(
          eq(
            schema.outbox.subject,
            `Your request to interview ${user === ada ? "Captain Ada" : "B. K."} (${sent.value.reference})`,
          ),
        );
      return receipt?.message;
    };

    const toJo = await ask(ada, "jo@freightly.example");
    expect(toJo?.paragraphs).toEqual([
      "Thank you for asking to interview Captain Ada from our developer directory. We have asked them whether they are interested, and a talent manager will reply within one business day.",
      "You already have a discovery call with us coming up: we can talk about Captain Ada there too.",
    ]);
    expect(toJo?.details).toContainEqual({ label: "Developer", value: "Captain Ada" });
    expect(toJo?.action).toBeUndefined();
    // Without a chosen name, the directory shows initials, and so does the receipt; Kim is offered a call.
    const toKim = await ask(bob, "kim@otherco.example");
    expect(toKim?.paragraphs[0]).toContain("Thank you for asking to interview B. K. from our developer directory.");
    expect(toKim?.action).toEqual({ label: "Book a 30-minute discovery call", href: expect.stringMatching(/\/book$/) });
  });
});

describe("asking to interview as a company already being worked with", () => {
  it("joins the company's open request (same address, any case) instead of starting a second one (#27 walkthrough 2)", async () => {
    const { directory, askToInterview, ada, bob } = await setUp();
    const { db } = await import("../index");
    const schema = await import("../schema");
    const { createContactRequest } = await import("./contact-requests");
    await directory.setOwnListing(ada, { listed: true, displayName: null });
    await directory.setOwnListing(bob, { listed: true, displayName: null });
    const publicIdOf = async (user: typeof ada) => (await directory.getOwnListing(user))?.publicId ?? "";
    const base = {
      name: "Jo Buyer",
      company: "Freightly",
      role: "Backend developer",
      seniority: "Senior",
      developers: 1,
      desiredStart: "asap",
      budget: null,
    };
    const first = await createContactRequest(
      { ...base, email: "jo@freightly.example", message: "We need two Go engineers.", sourcePage: "/contact" },
      { tokenHash: "contact-token", expiresAt: new Date(Date.now() + 60_000) },
      (reference) => ({
        kind: "receipt",
        to: "jo@freightly.example",
        subject: reference,
        message: { preview: "", paragraphs: [] },
      }),
    );
    expect(first).not.toBeNull();
    const emails = {
      receipt: ({ reference }: { reference: string }) => ({
        kind: "receipt",
        to: "jo@freightly.example",
        subject: reference,
        message: null,
      }),
      candidate: (person: { email: string }) => ({ kind: "ask", to: person.email, subject: "asked", message: null }),
    } as unknown as Parameters<typeof askToInterview>[3];
    const ask = (publicId: string, tokenHash: string, message: string) =>
      askToInterview(
        publicId,
        { ...base, email: "Jo@Freightly.example", message, sourcePage: `/developers/${publicId}` },
        { tokenHash, expiresAt: new Date(Date.now() + 60_000) },
        emails,
      );
    const sent = await ask(await publicIdOf(ada), "ask-1", "Asked about Ada: event pipelines.");
    const again = await ask(await publicIdOf(bob), "ask-2", "And Bob, for the Rust side.");
    const requests = await db.select().from(schema.contactRequests);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(sent).toEqual({ ok: true, value: { reference: request?.reference, joined: true } });
    expect(again).toEqual({ ok: true, value: { reference: request?.reference, joined: true } });
    expect(request?.message).toBe(
      "We need two Go engineers.\n\nAsked about Ada: event pipelines.\n\nAnd Bob, for the Rust side.",
    );
    const proposed = await db.select({ candidateId: schema.proposals.candidateId }).from(schema.proposals);
    expect(proposed.map((row) => row.candidateId).sort()).toEqual([ada.id, bob.id].sort());
    // The same developer asked for twice stays proposed once.
    await ask(await publicIdOf(ada), "ask-3", "Ada again.");
    expect(await db.select().from(schema.proposals)).toHaveLength(2);
  });
});

describe("the scorecard on a public profile", () => {
  it("is shown only with the public profile's own consent: the shortlists' one is not enough", async () => {
    const { directory, manager, ada } = await setUp();
    const { addScorecard, setOwnScorecardSharing, getOwnScorecardSharing } = await import("./scorecards");
    const scored = await addScorecard(manager, ada.id, {
      proposalId: null,
      ratings: [{ competence: "Go", rating: 5 }],
      strengths: "Calm under load.",
      concerns: "Internal.",
      recommendation: "strong_yes",
    });
    expect(scored.ok).toBe(true);
    await directory.setOwnListing(ada, { listed: true, displayName: null });
    const publicId = (await directory.getOwnListing(ada))?.publicId ?? "";
    const shown = async () => (await directory.getDirectoryProfile(publicId, "UTC"))?.vetting.scorecard ?? null;
    expect((await getOwnScorecardSharing(ada)).shared).toEqual({ shortlists: false, directory: false });

    await setOwnScorecardSharing(ada, "shortlists", true);
    expect(await shown()).toBeNull();

    await setOwnScorecardSharing(ada, "directory", true);
    expect(await shown()).toEqual({
      ratings: [{ competence: "Go", rating: 5 }],
      recommendation: "strong_yes",
      strengths: "Calm under load.",
    });
    expect((await getOwnScorecardSharing(ada)).shared).toEqual({ shortlists: true, directory: true });
  });
});

describe("editing one's own work history (#27 W14)", () => {
  it("changes one's own position or project in place, and nobody else's", async () => {
    const { directory, ada, bob } = await setUp();
    const position = {
      role: "Staff engineer",
      companyKind: "Payments scale-up",
      employer: "Secret Bank",
      startMonth: "2020-01",
      endMonth: null,
      summary: "Built the ledger.",
    };
    await directory.addOwnPosition(ada, position);
    await directory.addOwnProject(ada, { name: "Ledger", summary: "Double-entry at scale." });
    const before = await directory.getOwnHistory(ada);
    const positionId = before.positions[0]?.id ?? 0;
    const projectId = before.projects[0]?.id ?? 0;

    const edited = { ...position, role: "Principal engineer", employer: null, endMonth: "2024-06" };
    expect(await directory.updateOwnPosition(ada, positionId, edited)).toBe(true);
    expect(await directory.updateOwnProject(ada, projectId, { name: "Ledger v2", summary: "Sharded." })).toBe(true);
    expect(await directory.getOwnHistory(ada)).toEqual({
      positions: [{ id: positionId, ...edited }],
      projects: [{ id: projectId, name: "Ledger v2", summary: "Sharded." }],
    });

    // Another candidate's ids change nothing, and a removed entry cannot be edited back.
    expect(await directory.updateOwnPosition(bob, positionId, { ...position, role: "Intruder" })).toBe(false);
    expect(await directory.updateOwnProject(bob, projectId, { name: "Intruder", summary: "x" })).toBe(false);
    await directory.removeOwnHistoryEntry(ada, "project", projectId);
    expect(await directory.updateOwnProject(ada, projectId, { name: "Back", summary: "x" })).toBe(false);
    expect(await directory.getOwnHistory(ada)).toEqual({ positions: [{ id: positionId, ...edited }], projects: [] });
    expect((await directory.getOwnHistory(bob)).positions).toEqual([]);
  });
});
