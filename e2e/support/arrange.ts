import { eq } from "drizzle-orm";
import { db } from "../../db";
import { moveCandidateToStage } from "../../db/queries/admin/candidates";
import { proposeCandidate } from "../../db/queries/admin/matching";
import { addNote } from "../../db/queries/admin/notes";
import { type ProfileUpdate, saveOwnCv, saveOwnProfile } from "../../db/queries/candidates";
import { quarantineContactRequest } from "../../db/queries/contact-quarantine";
import { createRole, saveContentRow } from "../../db/queries/content-admin";
import type { SessionUser } from "../../db/queries/users";
import {
  bookings,
  contactQuarantine,
  contactRequests,
  expertTimeOff,
  outbox,
  passwordResetTokens,
  roles,
  talentExperts,
  users,
} from "../../db/schema";
import { createManageToken, hashManageToken } from "../../domain/manage-token";
import type { SpamReason } from "../../domain/spam-reasons";
import { stageEmail } from "../../services/account-emails";

/*
 * States a test starts from. Where the app has a verb, it is used (a submitted profile is saved and
 * submitted as the candidate would); the rest are states no verb reaches on demand, each said why.
 */

const EMPTY_PROFILE: ProfileUpdate = {
  headline: "",
  seniority: null,
  yearsExperience: null,
  skills: [],
  location: "",
  timeZone: null,
  englishLevel: null,
  expectedSalary: null,
  salaryCurrency: "USD",
  availability: null,
  earliestStart: null,
  githubUrl: null,
  linkedinUrl: null,
  portfolioUrl: null,
};

/** The candidate as the app's own functions see them once signed in. */
function candidateActor(userId: number): SessionUser {
  const user = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) throw new Error(`no user ${userId}`);
  return user;
}

/** Saves and submits the candidate's profile through `saveOwnProfile` (the address must be confirmed, as in the app). */
export async function submitProfile(userId: number, profile: Partial<ProfileUpdate> = {}) {
  const { submitted } = await saveOwnProfile(
    candidateActor(userId),
    { ...EMPTY_PROFILE, ...profile },
    { consent: true, submit: true, receipt: (candidate) => stageEmail(candidate, "submitted", null) },
  );
  if (!submitted) throw new Error(`candidate ${userId} could not submit (unconfirmed address or not a draft)`);
}

/** A staff member moves the candidate on, with the history and timeline entries that come with it. */
export async function moveToStage(
  actor: SessionUser,
  userId: number,
  stage: Parameters<typeof moveCandidateToStage>[2],
  reason: string | null = null,
) {
  if (!(await moveCandidateToStage(actor, userId, stage, reason, stageEmail)))
    throw new Error(`candidate ${userId} has no profile`);
}

/** A CV on record, as the upload stores it (the file itself is the caller's). */
export const attachCv = (userId: number, key: string, size: number) =>
  saveOwnCv(candidateActor(userId), { key, fileName: "cv.pdf", contentType: "application/pdf", size });

/** Confirms the address without the emailed link (which would add an email the test then has to ignore). */
export const confirmEmailOf = (userId: number) =>
  db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId)).run();

/**
 * Only the account's flag, not the admin's deactivation (which also ends its sessions): the test shows
 * the flag alone is enough to lock a signed-in session out.
 */
export const setAccountInactive = (userId: number) =>
  db.update(users).set({ active: false }).where(eq(users.id, userId)).run();

/** A request held as spam, through the verb the contact form uses; returns the held row. */
export async function holdAsSpam({
  name,
  email,
  company = "Held Co",
  reason = "honeypot",
}: {
  name: string;
  email: string;
  company?: string;
  reason?: SpamReason;
}) {
  const input = {
    name,
    email,
    company,
    role: "Backend developer",
    seniority: "Senior",
    developers: 1,
    desiredStart: "asap",
    budget: null,
    message: "Held for the test.",
    sourcePage: "/contact",
  };
  const held = await quarantineContactRequest(input, reason, null);
  const row = held && db.select().from(contactQuarantine).where(eq(contactQuarantine.id, held.id)).get();
  if (!row) throw new Error("the request was not held");
  return row;
}

/** Lets a deleted spam row exist again (with its old id) so a test can delete it once more. */
export const putBackSpam = (row: typeof contactQuarantine.$inferSelect) =>
  db.insert(contactQuarantine).values(row).onConflictDoNothing().run();
export const unrestoreSpam = (id: number) =>
  db
    .update(contactQuarantine)
    .set({ restoredAt: null, restoredRequestId: null })
    .where(eq(contactQuarantine.id, id))
    .run();

/**
 * An email already in the outbox in a given state (sent, failed after five attempts). Written
 * directly: the outbox's own functions are being rewritten for react-email (#11), and none of them
 * makes a failed email on demand.
 */
export const insertOutboxEmail = (values: typeof outbox.$inferInsert) =>
  db.insert(outbox).values(values).returning().get();
export const setOutboxFailed = (id: number) =>
  db.update(outbox).set({ status: "failed", attempts: 5 }).where(eq(outbox.id, id)).run();

export const unassignRequest = (id: number) =>
  db.update(contactRequests).set({ assigneeId: null }).where(eq(contactRequests.id, id)).run();

/** Moves a call in time behind the app's back, as the clock would (the forms only offer open slots). */
export const setCallTime = (id: number, startsAt: Date) =>
  db
    .update(bookings)
    .set({ startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) })
    .where(eq(bookings.id, id))
    .run();
export const reconfirmCall = (id: number) =>
  db
    .update(bookings)
    .set({ status: "confirmed", cancelledAt: null, cancelReason: null })
    .where(eq(bookings.id, id))
    .run();

/** An expert nobody can book (inactive, last in the list), so a test's edits never change the seeded experts' free times. */
export const insertHiddenExpert = (prefix: string) =>
  db
    .insert(talentExperts)
    .values({
      slug: `${prefix}-${Date.now().toString(36)}`,
      name: "Matrix Expert",
      title: "Talent Expert",
      bio: "Hidden expert for the test.",
      email: `${prefix}-expert@m.example`,
      timeZone: "UTC",
      active: false,
      sortOrder: 999,
    })
    .returning()
    .get();
export const insertTimeOff = (expertId: number, startsAt: Date, endsAt: Date, reason: string) =>
  db.insert(expertTimeOff).values({ expertId, startsAt, endsAt, reason }).returning().get();
export const putBackTimeOff = (row: typeof expertTimeOff.$inferSelect) =>
  db.insert(expertTimeOff).values(row).onConflictDoNothing().run();
export const clearMeetingLink = (slug: string) =>
  db.update(talentExperts).set({ meetingLink: null }).where(eq(talentExperts.slug, slug)).run();

/** A hire page of the test's own with two tools (Gin, Echo), made by `actor` as the editor would, so deleting its rows never changes the seeded pages. */
export async function createRoleWithTools(actor: SessionUser, prefix: string) {
  const slug = `${prefix}-${process.pid}-${Date.now().toString(36)}`;
  const created = await createRole(actor, {
    slug,
    name: `Editor ${slug}`,
    headline: "Hire editors",
    summary: "A role for the editor tests.",
    salaryYear: 2026,
  });
  const role = created.ok && db.select().from(roles).where(eq(roles.slug, slug)).get();
  if (!role) throw new Error(`could not create the role ${slug}`);
  await saveContentRow(actor, "tool", role.id, null, { name: "Gin", description: "HTTP web framework", sortOrder: 1 });
  await saveContentRow(actor, "tool", role.id, null, {
    name: "Echo",
    description: "Minimal web framework",
    sortOrder: 2,
  });
  return role;
}

/** A staff note on a request's or a candidate's timeline, as the dashboard adds it. */
export const addNoteAs = (actor: SessionUser, subjectType: "request" | "candidate", subjectId: number, body: string) =>
  addNote(actor, subjectType, subjectId, body);

/** A staff member proposes the candidate for the request (both timelines record it). */
export async function proposeAs(actor: SessionUser, requestId: number, candidateId: number) {
  if (!(await proposeCandidate(actor, requestId, candidateId)))
    throw new Error(`could not propose candidate ${candidateId} for request ${requestId}`);
}

/** A usable reset link's token for the account, stored as the app stores it; written directly, since the verb also queues its email. */
export function insertResetToken(userId: number) {
  const token = createManageToken();
  db.insert(passwordResetTokens)
    .values({ userId, tokenHash: hashManageToken(token), expiresAt: new Date(Date.now() + 60 * 60 * 1000) })
    .run();
  return token;
}
