import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { type Db, db, transaction } from "../../db";
import { engine } from "../../db/engine";
import { moveCandidateToStage } from "../../db/queries/admin/candidates";
import { addNote } from "../../db/queries/admin/notes";
import { type ProfileUpdate, saveOwnCv, saveOwnProfile } from "../../db/queries/candidates";
import { quarantineContactRequest } from "../../db/queries/contact-quarantine";
import { createRole, saveContentRow } from "../../db/queries/content-admin";
import { addOwnPosition, addOwnProject, type PositionInput, setOwnListing } from "../../db/queries/directory";
import { markEmailDelivered } from "../../db/queries/outbox";
import type { SessionUser } from "../../db/queries/users";
import { addJob } from "../../db/queue";
import { onlyRow } from "../../db/rows";
import {
  bookings,
  calendarFeeds,
  contactQuarantine,
  contactRequests,
  emailTemplates,
  expertTimeOff,
  outbox,
  passwordResetTokens,
  proposals,
  roles,
  talentExperts,
  users,
  webhookDeliveries,
  webhookEndpoints,
} from "../../db/schema";
import { jobs } from "../../db/sqlite/queue-table";
import { createManageToken, hashManageToken } from "../../domain/manage-token";
import type { SpamReason } from "../../domain/spam-reasons";
import { stageEmail } from "../../services/account-emails";
import { answerOwnProposal } from "../../services/hiring/candidate-answer";
import { answerAsCompany } from "../../services/hiring/company-answer";
import { proposeCandidate } from "../../services/hiring/proposal";
import { sendShortlist } from "../../services/hiring/shortlist-link";
import { candidateAnswerEmails, shortlistEmail } from "../../services/shortlist-emails";

/*
 * States a test starts from. Where the app has a verb, it is used (a submitted profile is saved and
 * submitted as the candidate would); the rest are states no verb reaches on demand, each said why.
 */

/** One statement written on its own, in a transaction as every write is. */
async function write(statement: (tx: Db) => PromiseLike<unknown>) {
  await transaction(async (tx) => {
    await statement(tx);
  });
}
/** One row inserted on its own (`INSERT … RETURNING`), in a transaction; the row comes back. */
const insertOne = <T>(statement: (tx: Db) => PromiseLike<T[]>) =>
  transaction(async (tx) => onlyRow(await statement(tx)));

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
async function candidateActor(userId: number): Promise<SessionUser> {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new Error(`no user ${userId}`);
  return user;
}

/** Saves and submits the candidate's profile through `saveOwnProfile` (the address must be confirmed, as in the app). */
export async function submitProfile(userId: number, profile: Partial<ProfileUpdate> = {}) {
  const { submitted } = await saveOwnProfile(
    await candidateActor(userId),
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

/**
 * The vetted candidate lists themselves in the public directory (or leaves it), as "List my profile"
 * does, under their initials or the name they chose for companies.
 */
export async function setListed(userId: number, listed: boolean, displayName: string | null = null) {
  const result = await setOwnListing(await candidateActor(userId), { listed, displayName });
  if (!result.ok) throw new Error(`candidate ${userId} could not be listed: ${result.reason}`);
}

/** The candidate adds positions and projects on /account/experience. */
export async function addHistory(
  userId: number,
  { positions = [], projects = [] }: { positions?: PositionInput[]; projects?: { name: string; summary: string }[] },
) {
  const actor = await candidateActor(userId);
  for (const position of positions)
    if (!(await addOwnPosition(actor, position))) throw new Error(`candidate ${userId} has a full history`);
  for (const project of projects)
    if (!(await addOwnProject(actor, project))) throw new Error(`candidate ${userId} has the most projects`);
}

/**
 * Marks the pending emails to these addresses as delivered without sending them (as a server without
 * SMTP logs them): a spec that arranges many accounts and reads none of their emails keeps them out
 * of the next deliveries, which take the oldest 20 due emails, other specs' among them.
 */
export async function settleEmailsTo(addresses: string[]) {
  const pending = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), inArray(outbox.to, addresses)));
  for (const email of pending) await markEmailDelivered(email.id, "logged");
}

/** A CV on record, as the upload stores it (the file itself is the caller's). */
export const attachCv = async (userId: number, key: string, size: number) =>
  saveOwnCv(await candidateActor(userId), { key, fileName: "cv.pdf", contentType: "application/pdf", size });

/** Confirms the address without the emailed link (which would add an email the test then has to ignore). */
export const confirmEmailOf = (userId: number) =>
  write((tx) => tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId)));

/**
 * Only the account's flag, not the admin's deactivation (which also ends its sessions): the test shows
 * the flag alone is enough to lock a signed-in session out.
 */
export const setAccountInactive = (userId: number) =>
  write((tx) => tx.update(users).set({ active: false }).where(eq(users.id, userId)));

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
  const [row] = held ? await db.select().from(contactQuarantine).where(eq(contactQuarantine.id, held.id)) : [];
  if (!row) throw new Error("the request was not held");
  return row;
}

/** Lets a deleted spam row exist again (with its old id) so a test can delete it once more. */
export const putBackSpam = (row: typeof contactQuarantine.$inferSelect) =>
  write((tx) => tx.insert(contactQuarantine).values(row).onConflictDoNothing());
/** An email template of a test's own (the seeded ones are shared by every test). */
export const insertTemplate = (name: string) =>
  insertOne((tx) =>
    tx.insert(emailTemplates).values({ name, subject: "Matrix subject", body: "Hello {{name}}" }).returning(),
  );
export const putBackTemplate = (row: typeof emailTemplates.$inferSelect) =>
  write((tx) => tx.insert(emailTemplates).values(row).onConflictDoNothing());
export const unrestoreSpam = (id: number) =>
  write((tx) =>
    tx.update(contactQuarantine).set({ restoredAt: null, restoredRequestId: null }).where(eq(contactQuarantine.id, id)),
  );

/**
 * An email already in the outbox in a given state (sent, failed after five attempts). Written
 * directly: the outbox's own functions are being rewritten for react-email (#11), and none of them
 * makes a failed email on demand.
 */
export const insertOutboxEmail = (values: typeof outbox.$inferInsert) =>
  insertOne((tx) => tx.insert(outbox).values(values).returning());
export const setOutboxFailed = (id: number) =>
  write((tx) => tx.update(outbox).set({ status: "failed", attempts: 5 }).where(eq(outbox.id, id)));

export const unassignRequest = (id: number) =>
  write((tx) => tx.update(contactRequests).set({ assigneeId: null }).where(eq(contactRequests.id, id)));

/** Moves a call in time behind the app's back, as the clock would (the forms only offer open slots). */
export const setCallTime = (id: number, startsAt: Date) =>
  write((tx) =>
    tx
      .update(bookings)
      .set({ startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) })
      .where(eq(bookings.id, id)),
  );
export const reconfirmCall = (id: number) =>
  write((tx) =>
    tx.update(bookings).set({ status: "confirmed", cancelledAt: null, cancelReason: null }).where(eq(bookings.id, id)),
  );

/** An expert nobody can book (inactive, last in the list), so a test's edits never change the seeded experts' free times. */
export const insertHiddenExpert = (prefix: string) =>
  insertOne((tx) =>
    tx
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
      .returning(),
  );
export const insertTimeOff = (expertId: number, startsAt: Date, endsAt: Date, reason: string) =>
  insertOne((tx) => tx.insert(expertTimeOff).values({ expertId, startsAt, endsAt, reason }).returning());
export const putBackTimeOff = (row: typeof expertTimeOff.$inferSelect) =>
  write((tx) => tx.insert(expertTimeOff).values(row).onConflictDoNothing());

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
  const [role] = created.ok ? await db.select().from(roles).where(eq(roles.slug, slug)) : [];
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
  if (!(await proposeCandidate(actor, requestId, candidateId)).ok)
    throw new Error(`could not propose candidate ${candidateId} for request ${requestId}`);
}

/** The candidate answers their proposal on the request, as the button in their account does. */
export async function answerProposalAs(candidateId: number, requestId: number, answer: "interested" | "declined") {
  const [proposal] = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.requestId, requestId), eq(proposals.candidateId, candidateId)));
  if (!proposal) throw new Error(`candidate ${candidateId} was not proposed for request ${requestId}`);
  const answered = await answerOwnProposal(
    await candidateActor(candidateId),
    proposal.id,
    answer,
    candidateAnswerEmails,
  );
  if (!answered.ok) throw new Error(`the proposal ${proposal.id} can no longer be answered`);
}

/** A staff member sends the request's shortlist (a new live link; the email is queued as the app does). */
export async function sendShortlistAs(actor: SessionUser, requestId: number) {
  const token = createManageToken();
  const sent = await sendShortlist(
    actor,
    requestId,
    { tokenHash: hashManageToken(token), expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000) },
    (invitation) => shortlistEmail(invitation, token),
  );
  if (!sent.ok) throw new Error(`the shortlist of request ${requestId} was not sent: ${sent.reason}`);
  return token;
}

/** The company asks to interview the (interested, shared) candidate through a fresh shortlist link, which it returns. */
export async function interviewAs(actor: SessionUser, requestId: number, candidateId: number) {
  const token = await sendShortlistAs(actor, requestId);
  const [proposal] = await db
    .select({ id: proposals.id, answer: proposals.companyAnswer })
    .from(proposals)
    .where(and(eq(proposals.requestId, requestId), eq(proposals.candidateId, candidateId)));
  if (!proposal) throw new Error(`candidate ${candidateId} was not proposed for request ${requestId}`);
  if (proposal.answer === "interview") return token;
  const answer = await answerAsCompany(hashManageToken(token), proposal.id, { kind: "interview" }, () => []);
  if (!answer.ok) throw new Error(`the company could not answer: ${answer.reason}`);
  return token;
}

/** A usable reset link's token for the account, stored as the app stores it; written directly, since the verb also queues its email. */
export async function insertResetToken(userId: number) {
  const token = createManageToken();
  await write((tx) =>
    tx
      .insert(passwordResetTokens)
      .values({ userId, tokenHash: hashManageToken(token), expiresAt: new Date(Date.now() + 60 * 60 * 1000) }),
  );
  return token;
}

/**
 * A job that has used all its attempts, as the queue leaves one (the Jobs page lists it failed): added
 * through the queue's own verb, not yet due, then given its last attempt's error behind the queue's back
 * (no task fails on demand). Its task delivers the email `emailId` when retried.
 */
export async function insertFailedJob(emailId: number, error = "451 mailbox busy, try again later") {
  const id = await transaction((tx) =>
    addJob(tx, "deliver-email", { id: emailId }, { runAt: new Date(Date.now() + 86_400_000), maxAttempts: 3 }),
  );
  if (engine === "postgres")
    await transaction((tx) =>
      (tx as unknown as NodePgDatabase).execute(
        sql`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = ${error} WHERE id = ${id}::bigint`,
      ),
    );
  else
    await write((tx) =>
      tx
        .update(jobs)
        .set({ attempts: 3, lastError: error })
        .where(eq(jobs.id, Number(id))),
    );
  return { id };
}

// ---- webhooks

/**
 * A webhook endpoint as an admin adds it, for the authorization matrix. Its secret is sealed under no
 * key the server has (the test cannot know the server's): a delivery to it fails at once, sending nothing.
 */
export async function insertWebhookEndpoint(url = "http://127.0.0.1:9/matrix") {
  return onlyRow(
    await transaction((tx) =>
      tx
        .insert(webhookEndpoints)
        .values({ url, events: ["hire.made"], secretSealed: "v1.unreadable" })
        .returning({ id: webhookEndpoints.id }),
    ),
  );
}

/** One event waiting for the endpoint: what "Send again" is taken from. */
export async function insertWebhookDelivery(endpointId: number) {
  return onlyRow(
    await transaction((tx) =>
      tx
        .insert(webhookDeliveries)
        .values({
          endpointId,
          eventId: `msg_matrix${Date.now().toString(36)}`,
          eventType: "request.created",
          body: "{}",
          status: "failed",
          nextAttemptAt: new Date(),
        })
        .returning({ id: webhookDeliveries.id }),
    ),
  );
}

/**
 * A live calendar feed for the expert, as "Create a private feed link" leaves one (an older one
 * revoked); written directly, since the staff action also writes the audit entry the matrix counts.
 */
export async function giveExpertCalendarFeed(expertId: number) {
  await transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.expertId, expertId), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ expertId, tokenHash: hashManageToken(createManageToken()) });
  });
}
