import { describe, expect, it } from "vitest";
import { hashManageToken } from "@/domain/manage-token";
import { everyStoredValue, insertStaffUser, insertTestRequest, openFreshDatabase } from "../test-database";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
// A Monday 06:00 UTC: the candidate's hours (every day 09:00–17:00 in Warsaw) start the next day.
const NOW = Date.UTC(2027, 5, 7, 6);

/**
 * One candidate, interested in two companies' requests, each of which asked to interview them
 * through its own shortlist link: the situation where a double booking could happen.
 */
async function setUp() {
  const { db } = await openFreshDatabase("interviews");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const { createCandidate } = await import("./users");
  const shortlists = await import("./shortlists");
  const interviews = await import("./interviews");
  const flows = {
    ...(await import("@/services/hiring/interview-booking")),
    ...(await import("@/services/hiring/interview-cancel")),
    ...(await import("@/services/hiring/interview-suggestion")),
  };
  const { shortlistEmail, companyAnswerEmails } = await import("@/services/shortlist-emails");
  const { interviewBookedEmails, interviewCancelledEmails } = await import("@/services/interview-emails");

  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  const created = await createCandidate({ name: "Ada Lovelace", email: "ada@candidates.example", passwordHash: "x" });
  if (!created.ok) throw new Error("no candidate");
  const ada = created.user;
  const other = await createCandidate({ name: "Bob Kernighan", email: "bob@candidates.example", passwordHash: "x" });
  if (!other.ok) throw new Error("no second candidate");

  const links: Record<string, { token: string; proposalId: number }> = {};
  for (const company of ["Ledgerly", "Otherco"]) {
    const stored = { id: await insertTestRequest(company) };
    await (await import("@/services/hiring/proposal")).proposeCandidate(manager, stored.id, ada.id);
    const [proposal] = await db.select().from(schema.proposals).where(eq(schema.proposals.requestId, stored.id));
    if (!proposal) throw new Error("no proposal");
    await (await import("@/services/hiring/candidate-answer")).answerOwnProposal(
      ada,
      proposal.id,
      "interested",
      () => [],
      new Date(NOW),
    );
    const token = company[0]?.repeat(43) ?? "";
    await (await import("@/services/hiring/shortlist-link")).sendShortlist(
      manager,
      stored.id,
      { tokenHash: hashManageToken(token), expiresAt: new Date(NOW + 30 * DAY) },
      (invitation) => shortlistEmail(invitation, token),
      new Date(NOW),
    );
    await (await import("@/services/hiring/company-answer")).answerAsCompany(
      hashManageToken(token),
      proposal.id,
      { kind: "interview" },
      companyAnswerEmails,
      new Date(NOW),
    );
    links[company] = { token, proposalId: proposal.id };
  }
  const book = (company: string, start: number, now = NOW, meetingLink: string | null = "https://meet.example/abc") => {
    const link = links[company];
    if (!link) throw new Error(company);
    return flows.bookInterview(
      hashManageToken(link.token),
      link.proposalId,
      { start, meetingLink, companyTimeZone: "America/New_York" },
      (interview, previous) =>
        interviewBookedEmails(interview, previous, `https://site.example/shortlist/${link.token}`),
      now,
    );
  };
  /** Ada's interview hours: every day 09:00–17:00 in Warsaw. */
  const shareEveryDay = () =>
    interviews.saveOwnHours(
      ada,
      "Europe/Warsaw",
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 })),
    );
  const choice = (company: string, now = NOW) => {
    const link = links[company];
    if (!link) throw new Error(company);
    return interviews.getInterviewChoice(hashManageToken(link.token), link.proposalId, now);
  };
  const emailsTo = async (to: string) =>
    (await db.select().from(schema.outbox).where(eq(schema.outbox.to, to))).map((email) => ({
      subject: email.subject,
      ics: email.attachments[0]?.content ?? "",
    }));
  return {
    db,
    schema,
    eq,
    shortlists,
    interviews,
    flows,
    manager,
    ada,
    bob: other.user,
    book,
    choice,
    shareEveryDay,
    emailsTo,
    interviewCancelledEmails,
    links,
  };
}

describe("interviews", () => {
  it("offers only the candidate's hours, and never books one hour of theirs twice", async () => {
    const { book, choice, shareEveryDay } = await setUp();
    expect((await choice("Ledgerly"))?.slots).toEqual([]);
    expect(await book("Ledgerly", NOW + DAY)).toEqual({ ok: false, reason: "taken" });

    await shareEveryDay();
    const offered = (await choice("Ledgerly"))?.slots ?? [];
    // A day's notice: Tuesday 09:00 Warsaw (07:00 UTC) is the first hour.
    expect(offered[0]?.start).toBe(Date.UTC(2027, 5, 8, 7));
    const first = offered[0]?.start ?? 0;
    const booked = await book("Ledgerly", first);
    expect(booked.ok).toBe(true);
    // Another company cannot have the same hour, nor one overlapping it, and no longer sees it.
    expect(await book("Otherco", first)).toEqual({ ok: false, reason: "taken" });
    expect(await book("Otherco", first + 30 * 60 * 1000)).toEqual({ ok: false, reason: "taken" });
    expect((await choice("Otherco"))?.slots.map((slot) => slot.start)).not.toContain(first);
  });

  it("gives an interview booked or suggested without a link its own video room, the same in both invitations", async () => {
    const { flows, ada, book, choice, emailsTo, links, shareEveryDay } = await setUp();
    const { interviewTimesSuggestedEmail } = await import("@/services/interview-emails");
    await shareEveryDay();
    const [slot] = (await choice("Ledgerly"))?.slots ?? [];
    if (!slot) throw new Error("no slots");
    const booked = await book("Ledgerly", slot.start, NOW, null);
    if (!booked.ok) throw new Error(booked.reason);
    const room = booked.value.interview.meetingLink;
    expect(room).toMatch(/^https:\/\/meet\.jit\.si\/bedrock-talent-[0-9a-f]{32}$/);
    const [invitation] = await emailsTo("ada@candidates.example").then((emails) =>
      emails.filter((email) => email.ics.includes("BEGIN:VCALENDAR")),
    );
    expect(String(invitation?.ics).replace(/\r?\n[\t ]/g, "")).toContain(`LOCATION:${room}`);

    // Suggested times without a link come with a room of their own, which the accepted time keeps.
    const suggested = NOW + 3 * DAY + 4 * HOUR;
    const otherco = links.Otherco;
    if (!otherco) throw new Error("no link");
    await flows.suggestInterviewTimes(
      hashManageToken(otherco.token),
      otherco.proposalId,
      { times: [suggested], meetingLink: null, companyTimeZone: "America/New_York" },
      interviewTimesSuggestedEmail,
      NOW,
    );
    const accepted = await flows.acceptSuggestedTime(ada, otherco.proposalId, suggested, () => [], NOW);
    if (!accepted.ok) throw new Error(accepted.reason);
    expect(accepted.value.interview.meetingLink).toMatch(/^https:\/\/meet\.jit\.si\/bedrock-talent-[0-9a-f]{32}$/);
    expect(accepted.value.interview.meetingLink).not.toBe(room);
  });

  it("moves the same event with a raised sequence, and lets each side cancel only their own until 2 hours before", async () => {
    const { flows, ada, bob, book, choice, emailsTo, interviewCancelledEmails, shareEveryDay } = await setUp();
    await shareEveryDay();
    const [first, second] = (await choice("Ledgerly"))?.slots ?? [];
    if (!first || !second) throw new Error("no slots");
    const booked = await book("Ledgerly", first.start);
    const moved = await book("Ledgerly", second.start);
    if (!booked.ok || !moved.ok) throw new Error("not booked");
    expect(moved.value.moved).toBe(true);
    expect(moved.value.interview.id).toBe(booked.value.interview.id);
    const candidateMail = await emailsTo("ada@candidates.example");
    expect(candidateMail.map((mail) => mail.subject)).toContain(
      "Interview with Ledgerly: Tuesday, June 8, 2027, 10:00 AM GMT+2 (your time)",
    );
    expect(candidateMail.at(-1)?.ics).toContain("SEQUENCE:1");
    expect((await emailsTo("jordan@ledgerly.example")).at(-1)?.subject).toBe(
      "Interview moved: Ada Lovelace, Tuesday, June 8, 2027, 4:00 AM EDT (your time)",
    );

    expect(await flows.cancelOwnInterview(bob, moved.value.interview.id, "", interviewCancelledEmails, NOW)).toEqual({
      ok: false,
      reason: "missing",
    });
    const late = second.start - HOUR;
    expect(await flows.cancelOwnInterview(ada, moved.value.interview.id, "", interviewCancelledEmails, late)).toEqual({
      ok: false,
      reason: "too-late",
    });
    const cancelled = await flows.cancelOwnInterview(
      ada,
      moved.value.interview.id,
      "Got an offer",
      interviewCancelledEmails,
      NOW,
    );
    expect(cancelled.ok).toBe(true);
    const companyMail = (await emailsTo("jordan@ledgerly.example")).at(-1);
    expect(companyMail?.subject).toBe("Interview cancelled: Ada Lovelace");
    expect(companyMail?.ics).toContain("METHOD:CANCEL");
    expect(companyMail?.ics).toContain("SEQUENCE:2");
  });

  it("does not offer the booked interview's own time to move to, and refuses it without a write or an email (#27 W4)", async () => {
    const { db, schema, book, choice, emailsTo, shareEveryDay } = await setUp();
    await shareEveryDay();
    const [first] = (await choice("Ledgerly"))?.slots ?? [];
    if (!first) throw new Error("no slots");
    const booked = await book("Ledgerly", first.start);
    if (!booked.ok) throw new Error(booked.reason);
    const offered = (await choice("Ledgerly"))?.slots.map((slot) => slot.start) ?? [];
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain(first.start);

    const emails = (await emailsTo("ada@candidates.example")).length;
    expect(await book("Ledgerly", first.start)).toEqual({ ok: false, reason: "unchanged" });
    expect(await emailsTo("ada@candidates.example")).toHaveLength(emails);
    expect(await db.select({ sequence: schema.interviews.icsSequence }).from(schema.interviews)).toEqual([
      { sequence: 0 },
    ]);
  });

  it("moves the booked interview to a suggested time the candidate accepts, and says so in their proposals (#27 W7)", async () => {
    const { db, schema, flows, ada, book, choice, links, shareEveryDay } = await setUp();
    const { interviewBookedEmails, interviewTimesSuggestedEmail } = await import("@/services/interview-emails");
    const { listOwnProposals } = await import("./shortlists");
    const { eq } = await import("drizzle-orm");
    await shareEveryDay();
    const [slot] = (await choice("Ledgerly"))?.slots ?? [];
    if (!slot) throw new Error("no slots");
    const booked = await book("Ledgerly", slot.start);
    if (!booked.ok) throw new Error(booked.reason);
    const ledgerly = links.Ledgerly?.proposalId;
    const interviewAt = async () =>
      (await listOwnProposals(ada)).find((proposal) => proposal.id === ledgerly)?.interviewAt?.getTime();
    expect(await interviewAt()).toBe(slot.start);

    const suggested = NOW + 3 * DAY + 4 * HOUR;
    expect(
      await flows.suggestInterviewTimes(
        hashManageToken(links.Ledgerly?.token ?? ""),
        ledgerly ?? 0,
        { times: [suggested], meetingLink: "https://meet.example/new", companyTimeZone: "America/New_York" },
        interviewTimesSuggestedEmail,
        NOW,
      ),
    ).toEqual({ ok: true, value: undefined });
    const accepted = await flows.acceptSuggestedTime(
      ada,
      ledgerly ?? 0,
      suggested,
      (interview, previous) => interviewBookedEmails(interview, previous, null),
      NOW,
    );
    if (!accepted.ok) throw new Error(accepted.reason);
    // The same interview, at the new time: no second one.
    expect(accepted.value.interview.id).toBe(booked.value.interview.id);
    const confirmed = await db
      .select({ startsAt: schema.interviews.startsAt, sequence: schema.interviews.icsSequence })
      .from(schema.interviews)
      .where(eq(schema.interviews.status, "confirmed"));
    expect(confirmed).toEqual([{ startsAt: new Date(suggested), sequence: 1 }]);
    expect(await interviewAt()).toBe(suggested);
    expect((await listOwnProposals(ada)).find((proposal) => proposal.id !== ledgerly)?.interviewAt).toBeNull();
  });

  it("writes the company's booking and suggestion and the candidate's acceptance on both timelines as theirs, each time as its UTC minute (#27 W6)", async () => {
    const { flows, ada, book, choice, links, shareEveryDay } = await setUp();
    const { interviewBookedEmails, interviewTimesSuggestedEmail } = await import("@/services/interview-emails");
    const { timeline } = await import("./admin/notes");
    await shareEveryDay();
    const [slot] = (await choice("Ledgerly"))?.slots ?? [];
    if (!slot) throw new Error("no slots");
    const booked = await book("Ledgerly", slot.start);
    if (!booked.ok) throw new Error(booked.reason);
    const proposalId = links.Ledgerly?.proposalId ?? 0;
    const suggested = NOW + 3 * DAY + 4 * HOUR;
    await flows.suggestInterviewTimes(
      hashManageToken(links.Ledgerly?.token ?? ""),
      proposalId,
      { times: [suggested], meetingLink: "https://meet.example/new", companyTimeZone: "America/New_York" },
      interviewTimesSuggestedEmail,
      NOW,
    );
    await flows.acceptSuggestedTime(
      ada,
      proposalId,
      suggested,
      (interview, previous) => interviewBookedEmails(interview, previous, null),
      NOW,
    );
    const lines = [
      { body: "Interview booked: Ledgerly with Ada Lovelace, 2027-06-08 07:00 UTC", author: "company" },
      { body: "Ledgerly suggested 1 interview time to Ada Lovelace: 2027-06-10 10:00 UTC", author: "company" },
      { body: "Ada Lovelace accepted the time Ledgerly suggested: 2027-06-10 10:00 UTC", author: "candidate" },
    ];
    for (const [type, id] of [
      ["request", booked.value.interview.requestId],
      ["candidate", ada.id],
    ] as const)
      expect((await timeline(type, id)).map(({ body, author }) => ({ body, author }))).toEqual(
        expect.arrayContaining(lines),
      );
  });

  it("keeps a cancel reason on the interview only, and erasing the candidate takes it everywhere", async () => {
    const { db, schema, flows, ada, book, choice, interviewCancelledEmails, links, shareEveryDay } = await setUp();
    await shareEveryDay();
    const [slot] = (await choice("Ledgerly"))?.slots ?? [];
    if (!slot) throw new Error("no slots");
    const booked = await book("Ledgerly", slot.start);
    if (!booked.ok) throw new Error(booked.reason);
    const cancelled = await flows.cancelInterviewAsCompany(
      hashManageToken(links.Ledgerly?.token ?? ""),
      booked.value.interview.id,
      "Our budget was cut",
      interviewCancelledEmails,
      NOW,
    );
    expect(cancelled.ok).toBe(true);
    const storedWith = async (words: string) =>
      (await everyStoredValue(db)).values.filter((entry) => entry.value.includes(words.toLowerCase()));
    // The interview holds the reason (the request shows it from there) and both sides' emails quote it; no timeline copies it.
    expect((await storedWith("Our budget was cut")).map((entry) => `${entry.table}.${entry.column}`).sort()).toEqual([
      "interviews.cancel_reason",
      "outbox.message",
      "outbox.message",
    ]);

    // Lines as a cancellation wrote them until now, quoting the reason.
    const line = "Interview cancelled by the company (Ledgerly): 2027-06-08 07:00 UTC (“Our budget was cut”)";
    await db.insert(schema.activities).values([
      { subjectType: "request", subjectId: booked.value.interview.requestId, kind: "status", body: line },
      { subjectType: "candidate", subjectId: ada.id, kind: "status", body: line },
    ]);
    const { eraseCandidate } = await import("./candidates");
    await eraseCandidate(ada);
    expect(await storedWith("Our budget was cut")).toEqual([]);
    const lines = (await db.select({ body: schema.activities.body }).from(schema.activities)).map((row) => row.body);
    expect(lines).toContain("Interview cancelled by the company (Ledgerly): 2027-06-08 07:00 UTC (“[erased]”)");
  });

  it("refuses a scorecard of the interview and a hire until the booked interview has ended, and saves “Not decided yet” as no outcome", async () => {
    const { db, schema, eq, manager, ada, book, choice, shareEveryDay } = await setUp();
    const { addScorecard } = await import("./scorecards");
    const { stageEmail } = await import("@/services/account-emails");
    await shareEveryDay();
    const [slot] = (await choice("Ledgerly"))?.slots ?? [];
    if (!slot) throw new Error("no slots");
    const booked = await book("Ledgerly", slot.start);
    if (!booked.ok) throw new Error(booked.reason);
    const { requestId, proposalId, endsAt } = booked.value.interview;
    const scorecard = (about: number | null, now: number) =>
      addScorecard(
        manager,
        ada.id,
        {
          proposalId: about,
          ratings: [{ competence: "Go", rating: 4 }],
          strengths: "",
          concerns: "",
          recommendation: "yes",
        },
        new Date(now),
      );
    const { recordOutcome } = await import("@/services/hiring/outcome");
    const outcome = (chosen: "offer" | "hired" | null, now: number) =>
      recordOutcome(manager, requestId, proposalId, chosen, null, stageEmail, new Date(now));
    const stored = async () => {
      const [proposal] = await db.select().from(schema.proposals).where(eq(schema.proposals.id, proposalId));
      const [profile] = await db
        .select({ stage: schema.candidateProfiles.stage })
        .from(schema.candidateProfiles)
        .where(eq(schema.candidateProfiles.userId, ada.id));
      const cards = await db.select().from(schema.scorecards).where(eq(schema.scorecards.candidateId, ada.id));
      return { outcome: proposal?.outcome, stage: profile?.stage, scorecards: cards.map((card) => card.proposalId) };
    };

    // Before the interview and while it is on: refused with its end, and nothing is written.
    for (const now of [NOW, endsAt.getTime() - 1]) {
      expect(await scorecard(proposalId, now)).toEqual({ ok: false, reason: "interview-ahead", endsAt });
      expect(await outcome("hired", now)).toEqual({ ok: false, reason: "interview-ahead", endsAt });
    }
    expect(await stored()).toEqual({ outcome: null, stage: "draft", scorecards: [] });
    // The vetting needs no interview; "Not decided yet" saves nothing, and clears an offer.
    expect(await scorecard(null, NOW)).toEqual({ ok: true });
    expect(await outcome(null, NOW)).toEqual({ ok: true, value: { changed: false } });
    expect(await outcome("offer", NOW)).toEqual({ ok: true, value: { changed: true } });
    expect((await stored()).outcome).toBe("offer");
    expect(await outcome(null, NOW)).toEqual({ ok: true, value: { changed: true } });
    expect((await stored()).outcome).toBeNull();

    // Once it has ended, both are recorded; a hire then stays as it is.
    expect(await scorecard(proposalId, endsAt.getTime())).toEqual({ ok: true });
    expect(await outcome("hired", endsAt.getTime())).toEqual({ ok: true, value: { changed: true } });
    expect(await stored()).toEqual({ outcome: "hired", stage: "placed", scorecards: [null, proposalId] });
    expect(await outcome(null, endsAt.getTime())).toEqual({ ok: false, reason: "hired" });
  });
});
