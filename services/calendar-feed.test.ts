import { afterEach, describe, expect, it, vi } from "vitest";
import { everyStoredValue, insertStaffUser, insertTestRequest, openFreshDatabase } from "@/db/test-database";
import { hashManageToken } from "@/domain/manage-token";

afterEach(() => {
  vi.unstubAllEnvs();
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(Date.UTC(2027, 5, 7, 6));

/** The events of an iCalendar text, each as its unfolded properties (the first of each name). */
function events(ics: string) {
  const lines = ics.replace(/\r\n[\t ]/g, "").split("\r\n");
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      found.push(current);
      current = null;
    } else if (current) {
      const [name = "", ...value] = line.split(":");
      const key = name.split(";")[0] ?? "";
      current[key] ??= value.join(":");
    }
  }
  return found;
}
const eventOf = (ics: string | null | undefined) => {
  const [event] = events(ics ?? "");
  if (!event) throw new Error(`no event in ${ics}`);
  return event;
};
/** The token at the end of a webcal://…/api/calendar/<token>.ics link. */
const tokenOf = (url: string | null) => /\/api\/calendar\/([\w-]+)\.ics$/.exec(url ?? "")?.[1] ?? "";

/**
 * A candidate with an interview booked on a company's request (written as the booking flow leaves
 * it), an expert with calls (one a month and more ago), and a manager.
 */
async function setUp() {
  const { db, transaction } = await openFreshDatabase("calendar-feeds");
  const schema = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const { createCandidate } = await import("@/db/queries/users");
  const { findConfirmedInterviewById } = await import("@/db/queries/interviews");
  const { findBookingById } = await import("@/db/queries/bookings");
  const feeds = await import("./calendar-feed");
  const queries = await import("@/db/queries/calendar-feeds");

  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  const created = await createCandidate({ name: "Ada Lovelace", email: "ada@candidates.example", passwordHash: "x" });
  const other = await createCandidate({ name: "Bob Kernighan", email: "bob@candidates.example", passwordHash: "x" });
  if (!created.ok || !other.ok) throw new Error("no candidates");
  const ada = created.user;
  await transaction(async (tx) => {
    await tx.update(schema.users).set({ emailVerifiedAt: NOW }).where(eq(schema.users.id, ada.id));
  });

  const requestId = await insertTestRequest("Ledgerly");
  const interviewId = await transaction(async (tx) => {
    const [proposal] = await tx
      .insert(schema.proposals)
      .values({
        requestId,
        candidateId: ada.id,
        candidateAnswer: "interested",
        sharedAt: NOW,
        companyAnswer: "interview",
      })
      .returning({ id: schema.proposals.id });
    if (!proposal) throw new Error("no proposal");
    const [interview] = await tx
      .insert(schema.interviews)
      .values({
        reference: "IV-FEED01",
        proposalId: proposal.id,
        candidateId: ada.id,
        requestId,
        startsAt: new Date(NOW.getTime() + 3 * DAY),
        endsAt: new Date(NOW.getTime() + 3 * DAY + 60 * 60 * 1000),
        meetingLink: "https://meet.example/ledgerly",
        companyTimeZone: "UTC",
      })
      .returning({ id: schema.interviews.id });
    if (!interview) throw new Error("no interview");
    return interview.id;
  });
  const interview = await findConfirmedInterviewById(db, interviewId);
  if (!interview) throw new Error("no interview");

  const [expert] = await db.select().from(schema.talentExperts).limit(1);
  if (!expert) throw new Error("no seeded expert");
  const callAt = async (reference: string, startsAt: Date, token: string) => {
    const [row] = await transaction(async (tx) =>
      tx
        .insert(schema.bookings)
        .values({
          reference,
          expertId: expert.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60 * 1000),
          name: "Grace Hopper",
          email: "grace@compiler.example",
          emailNormalized: "grace@compiler.example",
          company: "Compiler Works",
          hiringFor: "Backend engineers",
          visitorTimeZone: "Europe/London",
          manageTokenHash: hashManageToken(token),
          meetingRoom: `https://meet.jit.si/bedrock-${reference}`,
        })
        .returning({ id: schema.bookings.id }),
    );
    if (!row) throw new Error("no call");
    const booking = await findBookingById(db, row.id);
    if (!booking) throw new Error("no call");
    return booking;
  };
  const call = await callAt("BC-FEED01", new Date(NOW.getTime() + 2 * DAY), "v".repeat(43));
  const oldCall = await callAt("BC-FEED02", new Date(NOW.getTime() - 31 * DAY), "w".repeat(43));
  return { db, schema, eq, manager, ada, other: other.user, interview, expert, call, oldCall, feeds, queries };
}

describe("calendar feeds", () => {
  it("stores only the token's hash; a new link revokes the old one; turning it off stops it", async () => {
    const { db, schema, ada, feeds, queries } = await setUp();
    const first = await feeds.changeCalendarFeed(ada, { candidateId: ada.id }, "new", NOW);
    if (!first.ok) throw new Error(first.reason);
    expect(first.value.url).toMatch(/^webcal:\/\/.+\/api\/calendar\/[\w-]{43}\.ics$/);
    expect(first.value.replaced).toBe(false);
    const token = tokenOf(first.value.url);
    const rows = await db.select().from(schema.calendarFeeds);
    expect(rows).toMatchObject([
      { userId: ada.id, expertId: null, tokenHash: hashManageToken(token), revokedAt: null },
    ]);
    expect((await everyStoredValue(db)).values.some((value) => value.value.includes(token))).toBe(false);
    expect(await queries.getCalendarFeed(ada, { candidateId: ada.id })).toEqual({ createdAt: NOW, lastUsedAt: null });

    // Its use is noted.
    expect(await feeds.calendarFeedFile(token, new Date(NOW.getTime() + 1000))).toContain("BEGIN:VCALENDAR");
    expect((await queries.getCalendarFeed(ada, { candidateId: ada.id }))?.lastUsedAt).toEqual(
      new Date(NOW.getTime() + 1000),
    );

    const second = await feeds.changeCalendarFeed(ada, { candidateId: ada.id }, "new", NOW);
    if (!second.ok) throw new Error(second.reason);
    expect(second.value.replaced).toBe(true);
    const newToken = tokenOf(second.value.url);
    expect(newToken).not.toBe(token);
    expect(await feeds.calendarFeedFile(token, NOW)).toBeNull();
    expect(await feeds.calendarFeedFile(newToken, NOW)).toContain("BEGIN:VCALENDAR");
    const live = await db.select().from(schema.calendarFeeds);
    expect(live.filter((row) => row.revokedAt === null)).toHaveLength(1);

    expect(await feeds.changeCalendarFeed(ada, { candidateId: ada.id }, "off", NOW)).toEqual({
      ok: true,
      value: { url: null, replaced: true },
    });
    expect(await feeds.calendarFeedFile(newToken, NOW)).toBeNull();
    expect(await queries.getCalendarFeed(ada, { candidateId: ada.id })).toBeNull();
    expect(await feeds.changeCalendarFeed(ada, { candidateId: ada.id }, "off", NOW)).toEqual({
      ok: false,
      reason: "already-off",
    });
  });

  it("lets a candidate manage only their own feed, and only staff an expert's", async () => {
    const { ada, other, manager, expert, feeds } = await setUp();
    await expect(feeds.changeCalendarFeed(other, { candidateId: ada.id }, "new", NOW)).rejects.toThrow();
    await expect(feeds.changeCalendarFeed(ada, { expertId: expert.id }, "new", NOW)).rejects.toThrow();
    await expect(feeds.changeCalendarFeed(manager, { candidateId: ada.id }, "new", NOW)).rejects.toThrow();
    expect((await feeds.changeCalendarFeed(manager, { expertId: expert.id }, "new", NOW)).ok).toBe(true);
    expect(await feeds.changeCalendarFeed(manager, { expertId: 999_999 }, "new", NOW)).toEqual({
      ok: false,
      reason: "missing",
    });
  });

  it("refuses malformed and unknown tokens alike", async () => {
    const { feeds } = await setUp();
    for (const token of ["", "short", "x".repeat(43), "../../etc/passwd", `${"a".repeat(42)}\u0000`])
      expect(await feeds.calendarFeedFile(token, NOW)).toBeNull();
  });

  it("gives a candidate's interview the invitation's UID and SEQUENCE, and its cancellation as cancelled", async () => {
    const { ada, interview, feeds } = await setUp();
    const { interviewBookedEmails, interviewCancelledEmails } = await import("./interview-emails");
    const { cancelOwnInterview } = await import("./hiring/interview-cancel");
    const issued = await feeds.changeCalendarFeed(ada, { candidateId: ada.id }, "new", NOW);
    if (!issued.ok) throw new Error(issued.reason);
    const token = tokenOf(issued.value.url);

    const invitation = eventOf(interviewBookedEmails(interview, null, null)[1]?.attachments?.[0]?.content);
    const feed = await feeds.calendarFeedFile(token, NOW);
    expect(feed).toContain("X-WR-CALNAME:Interviews (Bedrock Talent)");
    expect(feed).toContain("X-PUBLISHED-TTL:PT1H");
    expect(feed).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(feed).toContain("METHOD:PUBLISH"); // nothing to answer, unlike an invitation
    const booked = eventOf(feed);
    expect(booked).toMatchObject({
      UID: invitation.UID,
      SEQUENCE: invitation.SEQUENCE,
      STATUS: "CONFIRMED",
      DTSTART: invitation.DTSTART,
      LOCATION: "https://meet.example/ledgerly",
      URL: "https://meet.example/ledgerly",
    });
    // No one's address: the feed has no organizer or attendees.
    expect(feed).not.toMatch(/ORGANIZER|ATTENDEE|ada@candidates/);

    let cancellation: string | undefined;
    const cancelled = await cancelOwnInterview(
      ada,
      interview.id,
      "",
      (details) => {
        const emails = interviewCancelledEmails(details);
        cancellation = emails[1]?.attachments?.[0]?.content;
        return emails;
      },
      NOW.getTime(),
    );
    expect(cancelled.ok).toBe(true);
    const removed = eventOf(await feeds.calendarFeedFile(token, NOW));
    expect(removed).toMatchObject({
      UID: invitation.UID,
      STATUS: "CANCELLED",
      SEQUENCE: eventOf(cancellation).SEQUENCE,
    });
    expect(Number(removed.SEQUENCE)).toBeGreaterThan(Number(invitation.SEQUENCE));
  });

  it("gives an expert's calls from a month ago on, as the expert's invitation has them, without the visitor's manage link", async () => {
    const { manager, expert, call, feeds } = await setUp();
    const { bookingConfirmedEmails, bookingCancelledEmails } = await import("./booking-emails");
    const { cancelCallAsStaff } = await import("./booking/staff-call");
    const issued = await feeds.changeCalendarFeed(manager, { expertId: expert.id }, "new", NOW);
    if (!issued.ok) throw new Error(issued.reason);
    const token = tokenOf(issued.value.url);

    const expertCopy = bookingConfirmedEmails(call, "v".repeat(43)).find((email) => email.to === expert.email);
    const invitation = eventOf(expertCopy?.attachments?.[0]?.content);
    const feed = await feeds.calendarFeedFile(token, NOW);
    expect(feed).toContain(`X-WR-CALNAME:Discovery calls: ${expert.name}`);
    expect(events(feed ?? "")).toHaveLength(1); // the call of 31 days ago is left out
    expect(eventOf(feed)).toMatchObject({
      UID: "BC-FEED01@bedrock-talent",
      SEQUENCE: invitation.SEQUENCE,
      STATUS: "CONFIRMED",
      LOCATION: "https://meet.jit.si/bedrock-BC-FEED01",
      URL: "https://meet.jit.si/bedrock-BC-FEED01",
    });
    expect(feed).not.toContain("/book/manage/");
    expect(feed).not.toContain("v".repeat(43));
    expect(feed).not.toContain("grace@compiler.example");

    let cancellation: string | undefined;
    const cancelled = await cancelCallAsStaff(
      manager,
      call.id,
      null,
      (booking) => {
        const emails = bookingCancelledEmails(booking, "staff");
        cancellation = emails.find((email) => email.to === expert.email)?.attachments?.[0]?.content;
        return emails;
      },
      NOW.getTime(),
    );
    expect(cancelled.ok).toBe(true);
    expect(eventOf(await feeds.calendarFeedFile(token, NOW))).toMatchObject({
      UID: "BC-FEED01@bedrock-talent",
      STATUS: "CANCELLED",
      SEQUENCE: eventOf(cancellation).SEQUENCE,
    });
  });

  it("is deleted with the candidate's account", async () => {
    const { db, schema, eq, ada, feeds } = await setUp();
    const { eraseAccount } = await import("@/db/queries/privacy");
    const issued = await feeds.changeCalendarFeed(ada, { candidateId: ada.id }, "new", NOW);
    if (!issued.ok) throw new Error(issued.reason);
    expect((await eraseAccount(ada.id, "deleted by the person")).erased).toBe(true);
    expect(await db.select().from(schema.calendarFeeds).where(eq(schema.calendarFeeds.userId, ada.id))).toEqual([]);
    expect(await feeds.calendarFeedFile(tokenOf(issued.value.url), NOW)).toBeNull();
  });
});
