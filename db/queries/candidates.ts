import "server-only";
import { asc, eq } from "drizzle-orm";
import { commonBackendSkills } from "@/domain/skills";
import { collectSkills } from "@/domain/validation/profile";
import type { SalaryPeriod } from "@/domain/vocabulary";
import { db, transaction } from "../index";
import {
  candidateProfiles,
  candidateStageEvents,
  contactRequests,
  scorecards,
  technologies,
  tools,
  users,
} from "../schema";
import { getCalendarFeed } from "./calendar-feeds";
import { getOwnHistory, getOwnListing } from "./directory";
import { getOwnAvailability, listOwnInterviews } from "./interviews";
import { enqueueEmail, type NewEmail } from "./outbox";
import { eraseAccount } from "./privacy";
import { listOwnProposals } from "./shortlists";
import { assertRole, assertStaff, type SessionUser } from "./users";
import { queueWebhookEvent } from "./webhooks";

const profileColumns = {
  headline: candidateProfiles.headline,
  seniority: candidateProfiles.seniority,
  yearsExperience: candidateProfiles.yearsExperience,
  skills: candidateProfiles.skills,
  location: candidateProfiles.location,
  timeZone: candidateProfiles.timeZone,
  englishLevel: candidateProfiles.englishLevel,
  expectedSalary: candidateProfiles.expectedSalary,
  salaryCurrency: candidateProfiles.salaryCurrency,
  salaryPeriod: candidateProfiles.salaryPeriod,
  availability: candidateProfiles.availability,
  earliestStart: candidateProfiles.earliestStart,
  workplace: candidateProfiles.workplace,
  engagement: candidateProfiles.engagement,
  hourlyRate: candidateProfiles.hourlyRate,
  languages: candidateProfiles.languages,
  githubUrl: candidateProfiles.githubUrl,
  linkedinUrl: candidateProfiles.linkedinUrl,
  portfolioUrl: candidateProfiles.portfolioUrl,
  cvFileName: candidateProfiles.cvFileName,
  cvSize: candidateProfiles.cvSize,
  cvUploadedAt: candidateProfiles.cvUploadedAt,
  consentAt: candidateProfiles.consentAt,
  stage: candidateProfiles.stage,
  submittedAt: candidateProfiles.submittedAt,
  updatedAt: candidateProfiles.updatedAt,
};

/** The candidate's own profile and stage history. */
export async function getOwnProfile(actor: SessionUser) {
  assertRole(actor, "candidate");
  const userId = actor.id;
  const [profile] = await db
    .select(profileColumns)
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, userId))
    .limit(1);
  if (!profile) return null;
  const history = await db
    .select({
      stage: candidateStageEvents.stage,
      reason: candidateStageEvents.reason,
      at: candidateStageEvents.createdAt,
    })
    .from(candidateStageEvents)
    .where(eq(candidateStageEvents.userId, userId))
    .orderBy(asc(candidateStageEvents.createdAt), asc(candidateStageEvents.id));
  return { ...profile, history };
}

/**
 * Skills a candidate can pick: the technologies and tools from the hire content, then the common
 * backend skills kept in domain/skills.ts, without repeats (any case).
 */
export async function listSkillOptions() {
  const names = [
    ...(await db.select({ name: technologies.name }).from(technologies).orderBy(asc(technologies.sortOrder))),
    ...(await db.select({ name: tools.name }).from(tools).orderBy(asc(tools.sortOrder))),
  ].map((row) => row.name);
  return collectSkills([...names, ...commonBackendSkills], "");
}

export type ProfileUpdate = {
  headline: string;
  seniority: string | null;
  yearsExperience: number | null;
  skills: string[];
  location: string;
  timeZone: string | null;
  englishLevel: (typeof candidateProfiles.$inferSelect)["englishLevel"];
  expectedSalary: number | null;
  salaryCurrency: string;
  salaryPeriod?: SalaryPeriod;
  availability: (typeof candidateProfiles.$inferSelect)["availability"];
  earliestStart: string | null;
  githubUrl: string | null;
  linkedinUrl: string | null;
  portfolioUrl: string | null;
  workplace?: (typeof candidateProfiles.$inferSelect)["workplace"];
  engagement?: (typeof candidateProfiles.$inferSelect)["engagement"];
  hourlyRate?: number | null;
  languages?: string[];
};
export type NewCv = { key: string; fileName: string; contentType: string; size: number };

/**
 * Saves the profile (and a new CV) in one transaction; with `submit`, a draft moves to
 * "submitted" and the stage history records it. Returns the replaced CV's key so the caller
 * removes that file only once the new one is committed.
 */
export async function saveOwnProfile(
  actor: SessionUser,
  update: ProfileUpdate,
  options: {
    cv?: NewCv;
    consent: boolean;
    submit: boolean;
    receipt: (candidate: { name: string; email: string }) => NewEmail;
  },
  now = new Date(),
) {
  assertRole(actor, "candidate");
  const userId = actor.id;
  return transaction(async (tx) => {
    const [current] = await tx
      .select({
        stage: candidateProfiles.stage,
        cvFileKey: candidateProfiles.cvFileKey,
        consentAt: candidateProfiles.consentAt,
      })
      .from(candidateProfiles)
      .where(eq(candidateProfiles.userId, userId))
      .limit(1);
    if (!current) throw new Error("profile missing for user");
    // A profile reaches the talent managers only from an address its owner has proven.
    const [owner] = await tx
      .select({ name: users.name, email: users.email, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    const verified = Boolean(owner?.verifiedAt);
    const submitting = options.submit && current.stage === "draft" && verified;
    await tx
      .update(candidateProfiles)
      .set({
        ...update,
        ...(options.cv
          ? {
              cvFileKey: options.cv.key,
              cvFileName: options.cv.fileName,
              cvContentType: options.cv.contentType,
              cvSize: options.cv.size,
              cvUploadedAt: now,
            }
          : {}),
        consentAt: options.consent ? (current.consentAt ?? now) : null,
        ...(submitting ? { stage: "submitted" as const, submittedAt: now } : {}),
        updatedAt: now,
      })
      .where(eq(candidateProfiles.userId, userId));
    if (submitting && owner) {
      await tx.insert(candidateStageEvents).values({ userId, stage: "submitted", changedById: userId, createdAt: now });
      await enqueueEmail(options.receipt(owner), tx, now);
      await queueWebhookEvent(tx, "candidate.submitted", { candidate: { id: userId } }, now);
    }
    return {
      replacedCvKey: options.cv ? current.cvFileKey : null,
      submitted: submitting,
      needsEmailProof: options.submit && current.stage === "draft" && !verified,
    };
  });
}

/** A candidate's own CV, or anyone's for staff. */
export async function getCvFile(actor: SessionUser, userId: number) {
  if (actor.id !== userId) assertStaff(actor);
  const [row] = await db
    .select({
      key: candidateProfiles.cvFileKey,
      fileName: candidateProfiles.cvFileName,
      contentType: candidateProfiles.cvContentType,
    })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, userId))
    .limit(1);
  return row?.key && row.fileName && row.contentType
    ? { key: row.key, fileName: row.fileName, contentType: row.contentType }
    : null;
}

/** Everything held about a candidate, for "download my data". */
export async function exportCandidateData(actor: SessionUser) {
  assertRole(actor, "candidate");
  const userId = actor.id;
  const [account] = await db
    .select({
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  const profile = await getOwnProfile(actor);
  // Requests sent from the address belong to this person only once they have proven the address is theirs.
  const requests = account?.emailVerifiedAt
    ? await db
        .select({
          reference: contactRequests.reference,
          company: contactRequests.company,
          createdAt: contactRequests.createdAt,
        })
        .from(contactRequests)
        .where(eq(contactRequests.emailNormalized, account.email.toLowerCase()))
    : [];
  const proposed = await listOwnProposals(actor);
  const interviewed = (await listOwnInterviews(actor, 0)).map((interview) => ({
    reference: interview.reference,
    company: interview.company,
    startsAt: interview.startsAt,
    status: interview.status,
    meetingLink: interview.meetingLink,
  }));
  const availability = await getOwnAvailability(actor);
  const { positions, projects } = await getOwnHistory(actor);
  const listing = await getOwnListing(actor);
  const assessments = await db
    .select({
      ratings: scorecards.ratings,
      strengths: scorecards.strengths,
      concerns: scorecards.concerns,
      recommendation: scorecards.recommendation,
      createdAt: scorecards.createdAt,
    })
    .from(scorecards)
    .where(eq(scorecards.candidateId, userId));
  return {
    exportedAt: new Date().toISOString(),
    account,
    profile,
    contactRequests: requests,
    proposals: proposed,
    interviews: interviewed,
    interviewHours: availability,
    workHistory: positions,
    projects,
    directoryListing: listing
      ? { listedAt: listing.listedAt, displayName: listing.displayName, hiddenReason: listing.hiddenReason }
      : null,
    scorecards: assessments,
    // When their interviews' calendar feed was made and last read (the link itself is not kept).
    calendarFeed: await getCalendarFeed(actor, { candidateId: userId }),
  };
}

/** The candidate's own "delete my account": see eraseAccount for what goes and what stays. */
export async function eraseCandidate(actor: SessionUser, now = new Date()) {
  assertRole(actor, "candidate");
  return eraseAccount(actor.id, "deleted by the person", now);
}

/** Stores a new CV on its own (when the rest of the form still has errors), so a valid upload is not lost. */
export async function saveOwnCv(actor: SessionUser, cv: NewCv, now = new Date()) {
  assertRole(actor, "candidate");
  const userId = actor.id;
  return transaction(async (tx) => {
    const [previous] = await tx
      .select({ key: candidateProfiles.cvFileKey })
      .from(candidateProfiles)
      .where(eq(candidateProfiles.userId, userId))
      .limit(1);
    await tx
      .update(candidateProfiles)
      .set({
        cvFileKey: cv.key,
        cvFileName: cv.fileName,
        cvContentType: cv.contentType,
        cvSize: cv.size,
        cvUploadedAt: now,
        updatedAt: now,
      })
      .where(eq(candidateProfiles.userId, userId));
    return { replacedCvKey: previous?.key ?? null };
  });
}
