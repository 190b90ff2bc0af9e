import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { everyStoredValue, insertStaffUser, openFreshDatabase } from "../test-database";

const NAME = "Zebulon Quixote-Marsh";
const EMAIL = "Zeb.Quixote+jobs@Gmail.com";
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * A candidate with every kind of trace the site keeps: profile and CV, stage changes with reasons,
 * staff notes, a proposal, a company request and a booked call from the same address, emails
 * (queued and delivered), audit rows, a rate-limit window, a session and a verification token.
 */
async function candidateWithHistory(name: string, email: string, { verified }: { verified: boolean }) {
  const { db, dir, transaction } = await openFreshDatabase("erasure");
  const { engine } = await import("../engine");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const { createCandidate } = await import("./users");
  const { saveOwnProfile } = await import("./candidates");
  const { addNote } = await import("./admin/notes");
  const { moveCandidateToStage } = await import("./admin/candidates");
  const { proposeCandidate } = await import("@/services/hiring/proposal");
  const { setRequestStatus } = await import("./admin/requests");
  const { createContactRequest } = await import("./contact-requests");
  const { listOpenSlots } = await import("./bookings");
  const { bookDiscoveryCall } = await import("@/services/booking/book-call");
  const { requestPasswordReset } = await import("./password-resets");
  const { recordAudit } = await import("./audit");
  const { consumeRateLimit } = await import("./rate-limits");
  const { enqueueEmail, markEmailDelivered } = await import("./outbox");
  const { bookingConfirmedEmails } = await import("@/services/booking-emails");
  const { contactReceiptEmail, passwordResetEmail, stageEmail } = await import("@/services/account-emails");
  const { saveCv } = await import("@/services/cv-storage");

  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  if (!manager) throw new Error("no manager");
  const created = await createCandidate({ name, email, passwordHash: "x" });
  if (!created.ok) throw new Error("no candidate");
  const id = created.user.id;
  const other = await createCandidate({ name: "Ada Lovelace", email: "ada@candidates.example", passwordHash: "x" });
  if (!other.ok) throw new Error("no second candidate");
  if (verified) {
    await transaction(async (tx) => {
      await tx.update(schema.users).set({ emailVerifiedAt: new Date() }).where(eq(schema.users.id, id));
    });
  }

  const cvKey = await saveCv(pdf, ".pdf");
  await saveOwnProfile(
    created.user,
    {
      headline: `${name}: Go and Postgres`,
      seniority: "Senior",
      yearsExperience: 8,
      skills: ["Go"],
      location: "Lisbon",
      timeZone: "Europe/Lisbon",
      englishLevel: "fluent",
      expectedSalary: 90000,
      salaryCurrency: "EUR",
      availability: "full-time",
      earliestStart: "2027-01-01",
      githubUrl: "https://github.com/zquixote",
      linkedinUrl: null,
      portfolioUrl: null,
    },
    {
      cv: { key: cvKey, fileName: "Zebulon Quixote-Marsh CV.pdf", contentType: "application/pdf", size: pdf.length },
      consent: true,
      submit: true,
      receipt: (candidate) => stageEmail(candidate, "submitted", null),
    },
  );
  await moveCandidateToStage(manager, id, "screening", `Referred by a friend of ${name}`, stageEmail);
  await moveCandidateToStage(manager, id, "technical_interview", null, stageEmail);
  await addNote(manager, "candidate", id, `Called ${name} on ${email.toLowerCase()}: strong on Go.`);

  const formToken = (n: string) => ({ tokenHash: n.repeat(64), expiresAt: new Date(Date.now() + 3_600_000) });
  const company = await createContactRequest(
    {
      name: "Jordan Buyer",
      email: "jordan@ledgerly.example",
      company: "Ledgerly",
      role: "Backend",
      seniority: "Senior",
      developers: 1,
      desiredStart: "asap",
      budget: null,
      message: "One Go engineer.",
      sourcePage: "/contact",
    },
    formToken("1"),
    (reference) =>
      contactReceiptEmail(
        {
          name: "Jordan Buyer",
          email: "jordan@ledgerly.example",
          seniority: "Senior",
          developers: 1,
          desiredStart: "asap",
        },
        reference,
      ),
  );
  if (!company) throw new Error("request not stored");
  await proposeCandidate(manager, company.id, id);
  // What staff wrote about them on the shortlist and in a scorecard names them too.
  const { saveProposalNote } = await import("./shortlists");
  const { addScorecard } = await import("./scorecards");
  const [proposal] = await db.select().from(schema.proposals).where(eq(schema.proposals.candidateId, id));
  if (!proposal) throw new Error("no proposal");
  await saveProposalNote(manager, company.id, proposal.id, `${name} ran payments at scale.`);
  await addScorecard(manager, id, {
    proposalId: null,
    ratings: [{ competence: "Go", rating: 5 }],
    strengths: `${name} explains trade-offs clearly.`,
    concerns: `Reach ${email} only in the mornings.`,
    recommendation: "strong_yes",
  });
  await addNote(manager, "request", company.id, `Sent ${name.toUpperCase()}'s profile; Jordan liked it.`);
  await setRequestStatus(manager, company.id, "lost", `Hired ${name} directly`);

  const lead = await createContactRequest(
    {
      name,
      email,
      company: "Lisbon Backend Co",
      role: "Backend",
      seniority: "Senior",
      developers: 2,
      desiredStart: "asap",
      budget: "100k",
      message: `I am ${name}, reach me at ${email}.`,
      sourcePage: "/contact",
    },
    formToken("2"),
    (reference) =>
      contactReceiptEmail({ name, email, seniority: "Senior", developers: 2, desiredStart: "asap" }, reference),
  );
  if (!lead) throw new Error("request not stored");
  const { quarantineContactRequest } = await import("./contact-quarantine");
  await quarantineContactRequest(
    {
      name,
      email,
      company: "Lisbon Backend Co",
      role: "Backend",
      seniority: "Senior",
      developers: 2,
      desiredStart: "asap",
      budget: null,
      message: `Sent in a hurry by ${name}.`,
      sourcePage: "/contact",
    },
    "too-fast",
    formToken("3"),
  );
  // Anna's first free time: the earliest time of all is Anna's or Daniel's depending on the hour of the day.
  const [anna] = await db
    .select({ id: schema.talentExperts.id })
    .from(schema.talentExperts)
    .where(eq(schema.talentExperts.slug, "anna-kowalczyk"));
  const slot = (await listOpenSlots()).find((open) => open.expertId === anna?.id);
  if (!slot) throw new Error("no free slot");
  const booked = await bookDiscoveryCall(
    {
      expertId: slot.expertId,
      start: slot.start,
      name,
      email,
      company: "Lisbon Backend Co",
      hiringFor: "Go engineers",
      visitorTimeZone: "Europe/Lisbon",
      manageTokenHash: "f".repeat(64),
    },
    (booking) => bookingConfirmedEmails(booking, "t".repeat(43)),
  );
  if (!booked.ok) throw new Error("slot taken");

  await requestPasswordReset(email, "e".repeat(64), (user) => passwordResetEmail(user, "r".repeat(43)));
  const delivered = await enqueueEmail({
    kind: "profile-submitted",
    to: email,
    subject: `Thanks, ${name}`,
    message: { preview: `For ${name}`, greeting: `Hello ${name},`, paragraphs: [] },
  });
  if (delivered) await markEmailDelivered(delivered.id, "sent");
  await recordAudit(id, "sign-in", email.toLowerCase());
  await recordAudit(manager.id, "staff.create", email, "manager");
  await recordAudit(manager.id, "candidate.note", `candidate #${id}`, `about ${name}`);
  await consumeRateLimit(`reset-email:${email.toLowerCase()}`, 3, 60_000);
  await transaction(async (tx) => {
    await tx.insert(schema.sessions).values({
      idHash: "s".repeat(64),
      userId: id,
      device: "Firefox on Linux",
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await tx
      .insert(schema.emailVerificationTokens)
      .values({ userId: id, tokenHash: "v".repeat(64), expiresAt: new Date(Date.now() + 86_400_000) });
  });

  return {
    db,
    engine,
    dir,
    id,
    candidate: created.user,
    cvKey,
    leadId: lead.id,
    companyRequestId: company.id,
    otherId: other.user.id,
    schema,
    eq,
  };
}

const traces = async (db: Parameters<typeof everyStoredValue>[0], needles: string[]) =>
  (await everyStoredValue(db)).values.filter((entry) =>
    needles.some((needle) => entry.value.includes(needle.toLowerCase())),
  );

/**
 * SQLite's full-text search keeps copies of the text in FTS5 tables (their shadow `_content` tables
 * included); PostgreSQL's search is expression indexes over the tables' own columns: no copy in a table.
 */
const searchTables = (engine: string, tables: string[]) => (engine === "sqlite" ? tables : []);

describe("erasing a candidate (S7)", () => {
  it("leaves no table or column holding the name or the email, and removes the CV file", async () => {
    const { db, engine, dir, id, candidate, cvKey, leadId, companyRequestId, otherId, schema, eq } =
      await candidateWithHistory(NAME, EMAIL, { verified: true });
    const needles = [NAME, EMAIL, "zebquixote@gmail.com", "quixote"];
    // The setup really spread the person across the database: the check below could fail.
    const before = new Set((await traces(db, needles)).map((entry) => entry.table));
    for (const table of [
      "users",
      "candidate_profiles",
      ...searchTables(engine, ["candidate_search_content"]),
      "activities",
      "audit_events",
      "outbox",
      "contact_requests",
      "bookings",
      ...searchTables(engine, ["request_search_content"]),
      "candidate_stage_events",
      "contact_quarantine",
    ]) {
      expect(before, table).toContain(table);
    }
    // Rate-limit keys are keyed hashes: they never held the address in the first place.
    expect(before).not.toContain("rate_limits");
    expect(existsSync(join(dir, "uploads", "cv", cvKey))).toBe(true);

    const { eraseCandidate } = await import("./candidates");
    const { deleteCv } = await import("@/services/cv-storage");
    const result = await eraseCandidate(candidate);
    await deleteCv(result.cvKey);

    expect(await traces(db, needles)).toEqual([]);
    expect(readdirSync(join(dir, "uploads", "cv"))).toEqual([]);
    for (const table of [schema.sessions, schema.emailVerificationTokens, schema.passwordResetTokens]) {
      expect(await db.select().from(table).where(eq(table.userId, id))).toEqual([]);
    }
    // What stays is anonymous: the account row, its stage dates, the proposal, the lead's company and status.
    const [user] = await db.select().from(schema.users).where(eq(schema.users.id, id));
    expect(user).toMatchObject({
      name: "Deleted candidate",
      active: false,
      emailCanonical: null,
      emailVerifiedAt: null,
    });
    expect(
      (
        await db
          .select()
          .from(schema.candidateStageEvents)
          .where(eq(schema.candidateStageEvents.userId, id))
          .orderBy(schema.candidateStageEvents.id)
      ).map((event) => [event.stage, event.reason]),
    ).toEqual([
      ["draft", null],
      ["submitted", null],
      ["screening", null],
      ["technical_interview", null],
    ]);
    expect(await db.select().from(schema.proposals)).toHaveLength(1);
    const request = async (requestId: number) =>
      (await db.select().from(schema.contactRequests).where(eq(schema.contactRequests.id, requestId)))[0];
    expect(await request(leadId)).toMatchObject({
      company: "Lisbon Backend Co",
      name: "Erased contact",
      message: "",
    });
    const audit = await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.action, "account.erase"));
    expect(audit).toMatchObject([{ subject: `user #${id}`, details: "deleted by the person" }]);
    // Nobody else lost anything.
    const [other] = await db.select().from(schema.users).where(eq(schema.users.id, otherId));
    expect(other?.name).toBe("Ada Lovelace");
    expect(await request(companyRequestId)).toMatchObject({ name: "Jordan Buyer", email: "jordan@ledgerly.example" });
    const timeline = (
      await db
        .select({ body: schema.activities.body })
        .from(schema.activities)
        .where(eq(schema.activities.subjectId, companyRequestId))
    ).map((row) => row.body);
    expect(timeline).toContain("Proposed [erased]");
    expect(timeline).toContain("Sent [erased]'s profile; Jordan liked it.");
  });

  it("takes the name they chose for the directory out of the requests, held asks and timelines that copied it", async () => {
    const { db } = await openFreshDatabase("erasure-directory");
    const schema = await import("../schema");
    const { eq } = await import("drizzle-orm");
    const { createCandidate } = await import("./users");
    const { transaction } = await import("../index");
    const { addNote } = await import("./admin/notes");
    const directory = await import("./directory");
    const { quarantineContactRequest } = await import("./contact-quarantine");
    const { interviewAskReceiptEmail } = await import("@/services/account-emails");
    const { directoryAskEmail } = await import("@/services/shortlist-emails");
    const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
    const created = await createCandidate({ name: NAME, email: EMAIL, passwordHash: "x" });
    if (!created.ok) throw new Error("no candidate");
    const candidate = created.user;
    await transaction(async (tx) => {
      await tx
        .update(schema.candidateProfiles)
        .set({ stage: "vetted", seniority: "Senior" })
        .where(eq(schema.candidateProfiles.userId, candidate.id));
    });
    await directory.setOwnListing(candidate, { listed: true, displayName: "Captain Zebra" });
    const publicId = (await directory.getOwnListing(candidate))?.publicId ?? "";
    // The message as the ask form wrote it until now: the developer's public name first, then the company's words.
    const ask = {
      name: "Jo Buyer",
      email: "jo@freightly.example",
      company: "Freightly",
      role: "Backend developer",
      seniority: "Senior",
      developers: 1,
      desiredStart: "asap",
      budget: null,
      message: "Asked to interview Captain Zebra from the developer directory:\n\nWe liked Captain Zebra's headline.",
      sourcePage: `/developers/${publicId}`,
    };
    const { askToInterview } = await import("@/services/hiring/ask-to-interview");
    const sent = await askToInterview(
      publicId,
      ask,
      { tokenHash: "ask".padEnd(64, "0"), expiresAt: new Date(Date.now() + 60_000) },
      { receipt: (receipt) => interviewAskReceiptEmail(ask, receipt), candidate: directoryAskEmail },
    );
    if (!sent.ok) throw new Error(sent.reason);
    await quarantineContactRequest({ ...ask, email: "bot@spam.example" }, "too-fast", null);
    const [request] = await db.select().from(schema.contactRequests);
    if (!request) throw new Error("no request");
    // The line as the ask wrote it until now, under the name the candidate chose before this one.
    await db.insert(schema.activities).values({
      subjectType: "request",
      subjectId: request.id,
      kind: "status",
      body: `Asked to interview ${NAME} (Captain Z in the directory)`,
    });
    await addNote(manager, "request", request.id, "Captain Zebra looks right for Freightly.");
    expect((await traces(db, ["Captain Z"])).map((entry) => entry.table).sort()).toEqual(
      expect.arrayContaining(["activities", "contact_quarantine", "contact_requests", "outbox"]),
    );

    const { eraseCandidate } = await import("./candidates");
    await eraseCandidate(candidate);

    expect(await traces(db, ["Captain Z", NAME, EMAIL])).toEqual([]);
    // The company's request keeps its words, without the developer's.
    const [after] = await db.select().from(schema.contactRequests);
    expect(after?.message).toBe(
      "Asked to interview [erased] from the developer directory:\n\nWe liked [erased]'s headline.",
    );
    const timeline = (
      await db.select({ body: schema.activities.body }).from(schema.activities).orderBy(schema.activities.id)
    ).map((row) => row.body);
    expect(timeline).toEqual([
      "[by the company] Asked to interview [erased] from the directory",
      "Asked to interview [erased] from the directory",
      "[erased] looks right for Freightly.",
    ]);
    // The company's receipt named them as the directory showed them: it keeps everything but that name.
    const [receipt] = await db.select().from(schema.outbox).where(eq(schema.outbox.to, "jo@freightly.example"));
    expect(receipt?.subject).toBe(`Your request to interview [erased] (${sent.value.reference})`);
    expect(receipt?.message?.details).toContainEqual({ label: "Developer", value: "[erased]" });
  });

  it("keeps company leads from the same address when the address was never verified: it may be someone else's", async () => {
    const { db, engine, candidate, leadId, schema, eq } = await candidateWithHistory(NAME, EMAIL, { verified: false });
    const { eraseCandidate } = await import("./candidates");
    await eraseCandidate(candidate);
    const [lead] = await db.select().from(schema.contactRequests).where(eq(schema.contactRequests.id, leadId));
    expect(lead).toMatchObject({
      email: EMAIL,
      company: "Lisbon Backend Co",
    });
    expect(await db.select().from(schema.bookings)).toMatchObject([{ email: EMAIL }]);
    const emails = await db.select({ kind: schema.outbox.kind, to: schema.outbox.to }).from(schema.outbox);
    // The account's own emails are gone; the call's and the request's emails to that address (and the expert's notice) stay.
    expect(emails.map((email) => `${email.kind} ${email.to}`).sort()).toEqual([
      "booking-confirmation Zeb.Quixote+jobs@Gmail.com",
      "booking-expert-notice anna.kowalczyk@example.com",
      "contact-receipt Zeb.Quixote+jobs@Gmail.com",
      "contact-receipt jordan@ledgerly.example",
    ]);
    const leftovers = (await traces(db, [NAME, EMAIL])).map((entry) => entry.table);
    expect(new Set(leftovers)).toEqual(
      new Set([
        "contact_requests",
        "contact_quarantine",
        ...searchTables(engine, ["request_search", "request_search_content"]),
        "bookings",
        "outbox",
      ]),
    );
  });
});
