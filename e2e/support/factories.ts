import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db, transaction } from "../../db";
import { findExpertSchedule } from "../../db/queries/bookings";
import { createContactRequest, type NewContactRequestInput } from "../../db/queries/contact-requests";
import { createCandidate } from "../../db/queries/users";
import { onlyRow } from "../../db/rows";
import {
  bookings,
  contactRequests,
  expertWorkingHours,
  interviews,
  proposals,
  talentExperts,
  users,
} from "../../db/schema";
import { ensureStaff } from "../../db/seed-staff";
import { createManageToken, hashManageToken } from "../../domain/manage-token";
import { newMeetingRoom } from "../../domain/meeting-link";
import { hashPassword } from "../../domain/password-hashing";
import { listFreeSlots, type Slot } from "../../domain/slots";
import { contactReceiptEmail } from "../../services/account-emails";

/*
 * Test data made through the app's own db/ verbs, with names unique per worker and per run. Where no
 * verb reaches the state a test needs (a call that starts in an hour, a request from last year), the
 * factory writes it directly and says why.
 */

export const STRONG_PASSWORD = "harbour-lantern-quietly-42";
// argon2id is slow on purpose: one hash per worker serves every account it creates.
let passwordHash: Promise<string> | undefined;
const strongPasswordHash = () => (passwordHash ??= hashPassword(STRONG_PASSWORD));

let made = 0;
const unique = () => `${process.pid}-${++made}-${Date.now()}`;

/** A unique candidate registered through `createCandidate`; the address counts as confirmed unless asked. */
export async function createCandidateUser(prefix = "dev", { verified = true, name = "Ada Backend" } = {}) {
  const email = `${prefix}-${unique()}@candidates.example`;
  const created = await createCandidate({ name, email, passwordHash: await strongPasswordHash() });
  if (!created.ok) throw new Error(`could not register ${email}: ${created.reason}`);
  // Confirming through the app sends an email, which tests that count a candidate's emails would see.
  if (verified)
    await transaction(async (tx) => {
      await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, created.user.id));
    });
  return { id: created.user.id, email, password: STRONG_PASSWORD, name };
}

/** A staff account, as `npm run user:create` makes one. */
export async function createStaffUser(role: "manager" | "admin" = "manager") {
  const email = `${role}-${unique()}@staff.example`;
  await ensureStaff({ name: `Morgan ${role}`, email, password: STRONG_PASSWORD, role });
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.emailNormalized, email.toLowerCase()));
  if (!user) throw new Error(`could not create ${email}`);
  return { id: user.id, email, password: STRONG_PASSWORD, name: user.name, role };
}

/**
 * When a test's own expert is free, so that no other spec ever books those times: Monday to Friday,
 * 10:00–12:00 in Warsaw, from 13 to 17 days ahead. Those hours lie inside the seeded Anna's (9–17 in
 * Warsaw), and she comes first in the team's order, so /book and every other call's move list offer
 * Anna at those times, never the test's expert; and the public booking specs book the first days,
 * the evenings or the last days, never Anna's mornings 13 to 17 days ahead.
 * `offered`: 12:00–13:00 instead, and first in the team's order, so that other calls' move lists
 * offer this expert at those times (for a test that moves a call to another expert).
 */
export const OWN_EXPERT_WINDOW = { firstDay: 13, lastDay: 17, timeZone: "Europe/Warsaw" } as const;
const OWN_HOURS = { own: { from: 600, to: 720, sortOrder: 1000 }, offered: { from: 720, to: 780, sortOrder: -1 } };

/**
 * A Talent Expert of the test's own, on the site (so its calls can be moved and its times offered)
 * but free only when nobody else books (OWN_EXPERT_WINDOW). Written directly, with its hours, as a
 * manager would set them in /admin/experts: the staff verbs write audit rows some specs count.
 */
export async function createExpert({
  meetingLink = null,
  offered = false,
}: {
  meetingLink?: string | null;
  offered?: boolean;
} = {}) {
  const suffix = unique();
  const hours = OWN_HOURS[offered ? "offered" : "own"];
  return transaction(async (tx) => {
    const expert = onlyRow(
      await tx
        .insert(talentExperts)
        .values({
          slug: `expert-${suffix}`,
          // Names are matched whole in the move lists ("… with <name>"): one of its own per expert.
          name: `Expert ${suffix.replaceAll("-", " ")}`,
          title: "Talent Expert",
          bio: "A Talent Expert of one test.",
          email: `expert-${suffix}@experts.example`,
          timeZone: OWN_EXPERT_WINDOW.timeZone,
          minNoticeMinutes: OWN_EXPERT_WINDOW.firstDay * 24 * 60,
          horizonDays: OWN_EXPERT_WINDOW.lastDay,
          meetingLink,
          sortOrder: hours.sortOrder,
        })
        .returning(),
    );
    await tx.insert(expertWorkingHours).values(
      [1, 2, 3, 4, 5].map((weekday) => ({
        expertId: expert.id,
        weekday,
        startMinute: hours.from,
        endMinute: hours.to,
      })),
    );
    return expert;
  });
}

/** The free times of a test's own expert (`createExpert`), soonest first, as /book would offer them. */
export async function freeTimesOf(expert: typeof talentExperts.$inferSelect): Promise<Slot[]> {
  const now = Date.now();
  const entry = await findExpertSchedule(db, expert.id, now);
  return entry ? listFreeSlots(entry.schedule, entry.bookings, now) : [];
}

/**
 * A confirmed call at any time, even one the booking form would refuse (starts in an hour, in the
 * past, outside working hours): `bookDiscoveryCall` books only open slots, so this one is written directly.
 * With a test's own expert (`createExpert`) unless a seeded one is named.
 */
export async function insertBooking(
  startsAt: Date,
  overrides: {
    email?: string;
    expertSlug?: string;
    company?: string;
    requestId?: number;
    /** The call's video room, as booking makes one; null: a call booked before calls had rooms. */
    meetingRoom?: string | null;
  } = {},
) {
  const [expert] = overrides.expertSlug
    ? await db.select().from(talentExperts).where(eq(talentExperts.slug, overrides.expertSlug))
    : [await createExpert()];
  if (!expert) throw new Error(`no expert ${overrides.expertSlug}`);
  const token = createManageToken();
  const suffix = unique();
  const email = overrides.email ?? `fixture-${suffix}@company.example`;
  const booking = await transaction(async (tx) =>
    onlyRow(
      await tx
        .insert(bookings)
        .values({
          reference: `BC-T${suffix}`.slice(0, 20),
          expertId: expert.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
          name: "Fixture Visitor",
          email,
          emailNormalized: email.toLowerCase(),
          company: overrides.company ?? "Fixture Co",
          contactRequestId: overrides.requestId ?? null,
          hiringFor: "Backend engineers",
          visitorTimeZone: "Europe/London",
          manageTokenHash: hashManageToken(token),
          meetingRoom:
            overrides.meetingRoom === undefined ? newMeetingRoom("https://meet.jit.si") : overrides.meetingRoom,
        })
        .returning(),
    ),
  );
  return { booking, token, expert };
}

/**
 * A confirmed interview of the candidate with a company of the test's own, as the booking flow leaves
 * it: a request, the proposal both sides said yes to, and the interview. Written directly: the flow
 * needs a shortlist link, the candidate's weekly hours and a free hour in them a day ahead at least.
 */
export async function insertInterview(
  candidateId: number,
  startsAt: Date,
  { company = `Interview Co ${unique()}`, meetingLink = `https://meet.example/iv-${unique()}` } = {},
) {
  const request = await insertRequest(company);
  const suffix = unique();
  return transaction(async (tx) => {
    const proposal = onlyRow(
      await tx
        .insert(proposals)
        .values({
          requestId: request.id,
          candidateId,
          candidateAnswer: "interested",
          candidateAnsweredAt: new Date(),
          sharedAt: new Date(),
          companyAnswer: "interview",
          companyAnsweredAt: new Date(),
        })
        .returning({ id: proposals.id }),
    );
    const interview = onlyRow(
      await tx
        .insert(interviews)
        .values({
          reference: `IV-T${suffix}`.slice(0, 20),
          proposalId: proposal.id,
          candidateId,
          requestId: request.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 60 * 60_000),
          meetingLink,
          companyTimeZone: "UTC",
        })
        .returning(),
    );
    return { interview, company };
  });
}

type RequestOverrides = Partial<NewContactRequestInput> &
  Partial<Pick<typeof contactRequests.$inferInsert, "status" | "lostReason" | "createdAt" | "updatedAt" | "consentAt">>;

/**
 * A company's contact request, stored by `createContactRequest` as the contact form does (dated
 * `createdAt` when given). A later status, `updatedAt` or `consentAt` is set directly: the staff
 * verbs would add timeline entries that the tests count.
 */
export async function insertRequest(company: string, overrides: RequestOverrides = {}) {
  const { status, lostReason, createdAt = new Date(), updatedAt, consentAt, ...input } = overrides;
  const email = input.email ?? `buyer-${unique()}@${company.toLowerCase().replace(/\W/g, "")}.example`;
  const formToken = { tokenHash: randomBytes(16).toString("hex"), expiresAt: new Date(Date.now() + 60_000) };
  const request = {
    name: "Jordan Buyer",
    company,
    role: "Backend developer",
    seniority: "Senior",
    developers: 2,
    desiredStart: "asap",
    budget: null,
    message: "Two senior engineers for our billing platform.",
    sourcePage: "/hire/backend",
    ...input,
    email,
  };
  const stored = await createContactRequest(
    request,
    formToken,
    (reference) => contactReceiptEmail(request, reference),
    createdAt,
  );
  if (!stored) throw new Error("the request's form token was already used");
  // A backdated request was still touched and consented to today, unless the test says otherwise.
  const now = new Date();
  await transaction(async (tx) => {
    await tx
      .update(contactRequests)
      .set({ status, lostReason, updatedAt: updatedAt ?? now, consentAt: consentAt ?? now })
      .where(eq(contactRequests.id, stored.id));
  });
  return { ...request, id: stored.id, reference: stored.reference, emailNormalized: email.toLowerCase() };
}

export const pdfFile = (name = "cv.pdf") => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
});
