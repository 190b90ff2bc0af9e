import { describe, expect, it } from "vitest";
import { hashManageToken } from "@/domain/manage-token";
import { everyStoredValue, insertStaffUser, insertTestRequest, openFreshDatabase, refusedBy } from "../test-database";

const DAY = 24 * 60 * 60 * 1000;

/** A request, a manager and two candidates with submitted profiles, proposed on the request. */
async function setUp() {
  const { db, transaction } = await openFreshDatabase("shortlists");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const { createCandidate } = await import("./users");
  const shortlists = { ...(await import("./shortlists")), ...(await import("./shortlist-company")) };
  const { answerAsCompany } = await import("@/services/hiring/company-answer");
  const { answerOwnProposal } = await import("@/services/hiring/candidate-answer");
  const { proposeCandidate } = await import("@/services/hiring/proposal");
  const { sendShortlist, revokeShortlist } = await import("@/services/hiring/shortlist-link");
  const { shortlistEmail, proposalEmail, companyAnswerEmails, candidateAnswerEmails } = await import(
    "@/services/shortlist-emails"
  );

  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  const candidate = async (name: string, email: string) => {
    const created = await createCandidate({ name, email, passwordHash: "x" });
    if (!created.ok) throw new Error("no candidate");
    await transaction(async (tx) => {
      await tx
        .update(schema.candidateProfiles)
        .set({
          headline: "Go and PostgreSQL engineer",
          seniority: "Senior",
          timeZone: "Europe/Warsaw",
          stage: "vetted",
        })
        .where(eq(schema.candidateProfiles.userId, created.user.id));
    });
    return created.user;
  };
  const ada = await candidate("Ada Lovelace", "ada@candidates.example");
  const bob = await candidate("Bob Kernighan", "bob@candidates.example");
  const request = insertTestRequest;
  const ledgerly = await request("Ledgerly");
  const other = await request("Otherco");
  for (const person of [ada, bob]) await proposeCandidate(manager, ledgerly, person.id, { notify: proposalEmail });
  const proposalOf = async (requestId: number, candidateId: number) => {
    const [row] = await db
      .select()
      .from(schema.proposals)
      .where(eq(schema.proposals.requestId, requestId))
      .then((rows) => rows.filter((proposal) => proposal.candidateId === candidateId));
    if (!row) throw new Error("no proposal");
    return row;
  };
  const send = (requestId: number, token: string, expiresAt = new Date(Date.now() + 30 * DAY)) =>
    sendShortlist(manager, requestId, { tokenHash: hashManageToken(token), expiresAt }, (invitation) =>
      shortlistEmail(invitation, token),
    );
  const open = (token: string, now?: Date) => shortlists.getShortlistByToken(hashManageToken(token), null, now);
  /** The company's answer through its link: "answered", or the reason it was refused. */
  const answer = async (token: string, proposalId: number, kind: "interview" | "not_a_fit" = "interview") => {
    const result = await answerAsCompany(
      hashManageToken(token),
      proposalId,
      kind === "interview" ? { kind } : { kind, reason: "budget", comment: "Too expensive for us" },
      companyAnswerEmails,
    );
    return result.ok ? "answered" : result.reason;
  };
  /** The candidate's answer as their account sends it, with the emails it causes. */
  const answerOwn = async (who: typeof ada, proposalId: number, choice: "interested" | "declined") => {
    const result = await answerOwnProposal(who, proposalId, choice, candidateAnswerEmails);
    return result.ok ? "answered" : result.reason;
  };
  const outboxTo = (to: string) => db.select().from(schema.outbox).where(eq(schema.outbox.to, to));
  const emailsTo = async (to: string) => (await outboxTo(to)).map((email) => email.subject);
  return {
    db,
    schema,
    eq,
    shortlists,
    proposeCandidate,
    revokeShortlist,
    manager,
    ada,
    bob,
    ledgerly,
    other,
    proposalOf,
    send,
    open,
    answer,
    answerOwn,
    outboxTo,
    emailsTo,
  };
}

const TOKEN_A = "a".repeat(43);
const TOKEN_B = "b".repeat(43);

describe("the shortlist loop", () => {
  it("asks each candidate, shows the company only the interested ones without identity, and reveals on an interview", async () => {
    const { ada, bob, ledgerly, proposalOf, send, open, answer, answerOwn, emailsTo, db, schema, eq } = await setUp();
    expect(await emailsTo("ada@candidates.example")).toEqual([
      "A role for you: Senior backend developer at a company we work with",
    ]);
    expect(await send(ledgerly, TOKEN_A)).toEqual({ ok: false, reason: "none-interested" });

    const adaProposal = await proposalOf(ledgerly, ada.id);
    const bobProposal = await proposalOf(ledgerly, bob.id);
    expect(await answerOwn(ada, adaProposal.id, "interested")).toBe("answered");
    expect(await answerOwn(bob, bobProposal.id, "declined")).toBe("answered");
    expect(await send(ledgerly, TOKEN_A)).toEqual({ ok: true, value: { sentTo: "jordan@ledgerly.example", count: 1 } });
    expect(await emailsTo("jordan@ledgerly.example")).toContain("Your shortlist from Bedrock Talent: one developer");

    const view = await open(TOKEN_A);
    if (view.state !== "open") throw new Error(view.state);
    expect(view.candidates.map((candidate) => candidate.displayName)).toEqual(["A. L."]);
    expect(view.candidates[0]?.identity).toBeNull();
    expect(JSON.stringify(view)).not.toMatch(/Lovelace|ada@|Kernighan/);

    // Bob said not now: the company cannot answer for him, and the database refuses it too.
    expect(await answer(TOKEN_A, bobProposal.id)).toBe("missing");
    expect(
      (
        await refusedBy(
          db
            .update(schema.proposals)
            .set({ companyAnswer: "interview" })
            .where(eq(schema.proposals.id, bobProposal.id)),
        )
      ).kind,
    ).toBe("check");

    expect(await answer(TOKEN_A, adaProposal.id)).toBe("answered");
    expect(await answer(TOKEN_A, adaProposal.id, "not_a_fit")).toBe("already-answered");
    const revealed = await open(TOKEN_A);
    if (revealed.state !== "open") throw new Error(revealed.state);
    expect(revealed.candidates[0]?.identity).toMatchObject({ name: "Ada Lovelace", email: "ada@candidates.example" });
    expect(await emailsTo("ada@candidates.example")).toContain("Ledgerly would like to interview you");
    expect(await emailsTo("morgan@staff.example")).toContain("Ledgerly wants to interview Ada Lovelace");
    const [request] = await db
      .select({ status: schema.contactRequests.status })
      .from(schema.contactRequests)
      .where(eq(schema.contactRequests.id, ledgerly));
    expect(request?.status).toBe("interviewing");
    // Once the company answered, the candidate's answer is settled.
    expect(await answerOwn(ada, adaProposal.id, "declined")).toBe("closed");
  });

  it("names each candidate as the directory does and shows their history as their public profile does (#27 W11)", async () => {
    const { ada, bob, ledgerly, proposalOf, send, open, answerOwn } = await setUp();
    const directory = await import("./directory");
    await directory.setOwnListing(ada, { listed: true, displayName: "Captain Ada" });
    await directory.addOwnPosition(ada, {
      role: "Staff engineer",
      companyKind: "Payments scale-up",
      employer: "Secret Bank",
      startMonth: "2021-03",
      endMonth: null,
      summary: "Moved the ledger onto PostgreSQL.",
    });
    await directory.addOwnProject(ada, { name: "Ledger", summary: "Double entry at 5,000 writes a second." });
    for (const person of [ada, bob]) await answerOwn(person, (await proposalOf(ledgerly, person.id)).id, "interested");
    await send(ledgerly, TOKEN_A);
    const view = await open(TOKEN_A);
    if (view.state !== "open") throw new Error(view.state);
    const [adaCard, bobCard] = view.candidates;
    // The name Ada chose for companies; Bob chose none, so his initials, as in the directory.
    expect(adaCard?.displayName).toBe("Captain Ada");
    expect(bobCard?.displayName).toBe("B. K.");
    const profile = await directory.getDirectoryProfile((await directory.getOwnListing(ada))?.publicId ?? "", "UTC");
    expect({ name: adaCard?.displayName, positions: adaCard?.positions, projects: adaCard?.projects }).toEqual({
      name: profile?.label,
      positions: profile?.positions,
      projects: profile?.projects,
    });
    expect(adaCard?.positions).toEqual([
      {
        id: expect.any(Number),
        role: "Staff engineer",
        companyKind: "Payments scale-up",
        startMonth: "2021-03",
        endMonth: null,
        summary: "Moved the ledger onto PostgreSQL.",
      },
    ]);
    expect(adaCard?.projects.map((project) => project.name)).toEqual(["Ledger"]);
    expect(JSON.stringify(view)).not.toContain("Secret Bank");
    expect(bobCard?.positions).toEqual([]);
  });

  it("says who wrote each line of both timelines: the manager by name, the candidate, the company (#27 W6)", async () => {
    const { ada, ledgerly, proposalOf, send, answer, answerOwn } = await setUp();
    const { timeline } = await import("./admin/notes");
    const adaProposal = await proposalOf(ledgerly, ada.id);
    await answerOwn(ada, adaProposal.id, "interested");
    await send(ledgerly, TOKEN_A);
    await answer(TOKEN_A, adaProposal.id);
    const authors = async (type: "request" | "candidate", id: number) =>
      (await timeline(type, id)).map(({ body, author }) => ({ body, author }));
    expect(await authors("request", ledgerly)).toEqual(
      expect.arrayContaining([
        { body: "Proposed Ada Lovelace", author: { staff: "Morgan Manager" } },
        { body: "Ada Lovelace is interested", author: "candidate" },
        {
          body: "Ledgerly asked to interview Ada Lovelace; status changed from proposal to interviewing",
          author: "company",
        },
      ]),
    );
    expect(await authors("candidate", ada.id)).toEqual(
      expect.arrayContaining([
        { body: "Proposed to Ledgerly", author: { staff: "Morgan Manager" } },
        { body: `Ada Lovelace is interested (request #${ledgerly})`, author: "candidate" },
        { body: "Ledgerly asked to interview Ada Lovelace", author: "company" },
      ]),
    );
  });

  it("keeps the company's “Not a fit” comment on the proposal only, and erasing the candidate takes it everywhere", async () => {
    const { db, schema, shortlists, manager, ada, ledgerly, proposalOf, send, answer, answerOwn } = await setUp();
    const adaProposal = await proposalOf(ledgerly, ada.id);
    await answerOwn(ada, adaProposal.id, "interested");
    await send(ledgerly, TOKEN_A);
    expect(await answer(TOKEN_A, adaProposal.id, "not_a_fit")).toBe("answered");
    const storedWith = async (words: string) =>
      (await everyStoredValue(db)).values.filter((entry) => entry.value.includes(words.toLowerCase()));
    // The timelines give the reason; the manager reads the words on the shortlist and in their email.
    const lines = (await db.select({ body: schema.activities.body }).from(schema.activities)).map((row) => row.body);
    expect(lines).toContain("[by the company] Ledgerly passed on Ada Lovelace: Over our budget");
    expect((await storedWith("Too expensive for us")).map((entry) => `${entry.table}.${entry.column}`).sort()).toEqual([
      "outbox.message",
      "proposals.company_comment",
    ]);
    const { proposals } = await shortlists.getShortlistBoard(manager, ledgerly);
    expect(proposals.find((proposal) => proposal.id === adaProposal.id)?.companyComment).toBe("Too expensive for us");

    // A line as the answer wrote it until now, quoting the company.
    await db.insert(schema.activities).values({
      subjectType: "request",
      subjectId: ledgerly,
      kind: "status",
      body: "Ledgerly passed on Ada Lovelace: Over our budget (“Too expensive for us”)",
    });
    const { eraseCandidate } = await import("./candidates");
    await eraseCandidate(ada);
    expect(await storedWith("Too expensive for us")).toEqual([]);
    const after = (await db.select({ body: schema.activities.body }).from(schema.activities)).map((row) => row.body);
    expect(after).toContain("Ledgerly passed on [erased]: Over our budget (“[erased]”)");
  });

  it("tells the request's manager when a candidate becomes interested, once, with the request's dashboard link", async () => {
    const { proposeCandidate, manager, ada, bob, ledgerly, other, proposalOf, send, answerOwn, outboxTo } =
      await setUp();
    const adaProposal = await proposalOf(ledgerly, ada.id);
    await answerOwn(ada, adaProposal.id, "interested");
    // The same answer again, and a "Not now", are no news to the manager.
    await answerOwn(ada, adaProposal.id, "interested");
    await answerOwn(bob, (await proposalOf(ledgerly, bob.id)).id, "declined");
    const heard = await outboxTo("morgan@staff.example");
    expect(heard.map((email) => [email.kind, email.subject])).toEqual([
      ["proposal-interested", "Ada Lovelace is interested: Ledgerly"],
    ]);
    expect(heard[0]?.message?.paragraphs).toEqual([
      "Ada Lovelace is interested in the role “Backend developer” at Ledgerly.",
      "Send the shortlist from the request when you are ready: it holds every interested candidate.",
    ]);
    expect(heard[0]?.message?.action?.href).toMatch(new RegExp(`/admin/requests/${ledgerly}$`));

    // The request's assignee hears rather than the manager who proposed; the company's live link shows them at once.
    const { assignRequest } = await import("./admin/requests");
    const riley = await insertStaffUser({ name: "Riley Recruiter", email: "riley@staff.example", role: "manager" });
    await proposeCandidate(manager, other, ada.id);
    await proposeCandidate(manager, other, bob.id);
    await answerOwn(bob, (await proposalOf(other, bob.id)).id, "interested");
    await send(other, TOKEN_B);
    expect(await assignRequest(manager, other, riley.id)).toBe("assigned");
    await answerOwn(ada, (await proposalOf(other, ada.id)).id, "interested");
    const [toRiley, ...more] = await outboxTo("riley@staff.example");
    expect(more).toEqual([]);
    expect(toRiley?.subject).toBe("Ada Lovelace is interested: Otherco");
    expect(toRiley?.message?.paragraphs[1]).toBe(
      "The shortlist link the company holds shows them now, without their name or contact details.",
    );
    expect((await outboxTo("morgan@staff.example")).map((email) => email.subject)).not.toContain(
      "Ada Lovelace is interested: Otherco",
    );
  });

  it("tells the candidate kindly when the company passes, without its reason or words, naming it only if they knew it", async () => {
    const { proposeCandidate, manager, ada, ledgerly, other, proposalOf, send, answer, answerOwn, outboxTo } =
      await setUp();
    const adaProposal = await proposalOf(ledgerly, ada.id);
    await answerOwn(ada, adaProposal.id, "interested");
    await send(ledgerly, TOKEN_A);
    expect(await answer(TOKEN_A, adaProposal.id, "not_a_fit")).toBe("answered");
    const told = (await outboxTo("ada@candidates.example")).filter((email) => email.kind === "proposal-not-a-fit");
    expect(told.map((email) => email.subject)).toEqual(["An update on the role “Backend developer”"]);
    expect(told[0]?.message?.paragraphs[0]).toBe(
      "Thank you for saying you were interested in the role “Backend developer”. The company read your profile and has decided to go another way this time.",
    );
    // Ada was proposed without the company's name: the email keeps it, the company's reason and its words to itself.
    const written = JSON.stringify(told[0]?.message);
    for (const secret of ["Ledgerly", "Too expensive for us", "budget"]) expect(written).not.toContain(secret);
    // The manager's own email says what the candidate was told.
    const [passed] = (await outboxTo("morgan@staff.example")).filter((email) => email.kind === "shortlist-answer");
    expect(passed?.message?.footnotes?.[0]).toMatch(/^We told Ada Lovelace that the company went another way/);

    // Told the company's name when proposed, the candidate reads it in the answer too.
    await proposeCandidate(manager, other, ada.id, { companyNameShown: true });
    const shown = await proposalOf(other, ada.id);
    await answerOwn(ada, shown.id, "interested");
    await send(other, TOKEN_B);
    expect(await answer(TOKEN_B, shown.id, "not_a_fit")).toBe("answered");
    expect((await outboxTo("ada@candidates.example")).map((email) => email.subject)).toContain(
      "An update on the role “Backend developer” at Otherco",
    );
  });

  it("opens exactly one request per token, and refuses revoked, replaced and expired links", async () => {
    const {
      shortlists,
      proposeCandidate,
      revokeShortlist,
      manager,
      ada,
      ledgerly,
      other,
      proposalOf,
      send,
      open,
      answer,
      answerOwn,
    } = await setUp();
    const adaProposal = await proposalOf(ledgerly, ada.id);
    await answerOwn(ada, adaProposal.id, "interested");
    await send(ledgerly, TOKEN_A);

    // Another request's link cannot answer for Ledgerly's candidate.
    await proposeCandidate(manager, other, ada.id);
    const otherProposal = await proposalOf(other, ada.id);
    await answerOwn(ada, otherProposal.id, "interested");
    await send(other, TOKEN_B);
    expect(await answer(TOKEN_B, adaProposal.id)).toBe("missing");
    expect(await open("c".repeat(43))).toEqual({ state: "missing" });

    // Sending again replaces the link; revoking stops the new one.
    const second = "d".repeat(43);
    await send(ledgerly, second);
    expect((await open(TOKEN_A)).state).toBe("revoked");
    expect(await answer(TOKEN_A, adaProposal.id)).toBe("closed");
    expect(await revokeShortlist(manager, ledgerly)).toEqual({ ok: true, value: undefined });
    expect((await open(second)).state).toBe("revoked");

    const third = "e".repeat(43);
    await send(ledgerly, third, new Date(Date.now() + DAY));
    expect((await open(third, new Date(Date.now() + 2 * DAY))).state).toBe("expired");
    expect(await shortlists.getSharedCvFile(hashManageToken(third), adaProposal.id)).toBeNull();
  });

  it("lets a candidate answer only their own proposals, and keeps staff verbs to staff", async () => {
    const { shortlists, ada, bob, ledgerly, proposalOf, answerOwn } = await setUp();
    const adaProposal = await proposalOf(ledgerly, ada.id);
    expect(await answerOwn(bob, adaProposal.id, "declined")).toBe("missing");
    expect((await proposalOf(ledgerly, ada.id)).candidateAnswer).toBe("pending");
    expect((await shortlists.listOwnProposals(bob)).map((proposal) => proposal.company)).toEqual([null]);
    await expect(shortlists.getShortlistBoard(ada, ledgerly)).rejects.toThrow();
    await expect(shortlists.listOwnProposals({ ...ada, role: "manager" })).rejects.toThrow();
  });
});
