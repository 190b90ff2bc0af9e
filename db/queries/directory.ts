import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, min, type SQL, sql } from "drizzle-orm";
import { DIRECTORY_PAGE_SIZE, type DirectoryCard, type DirectoryQuery, publicName } from "@/domain/directory";
import { initialsOf, utcOffsetLabel, workdayOverlapHours } from "@/domain/shortlist";
import { type Db, db, transaction } from "../index";
import { onlyRow } from "../rows";
import {
  candidateExperience,
  candidateProfiles,
  candidateProjects,
  candidateSkills,
  contactRequests,
  users,
} from "../schema";
import { hasSkill } from "../search";
import { logActivity } from "./admin/notes";
import { liveProfile } from "./admin/shared";
import { assertRole, assertStaff, type SessionUser } from "./users";
import { vettingSummaries } from "./vetting-summary";

/*
 * The public talent directory: vetted candidates who chose to be listed and whom no talent manager
 * hid. The public reads an anonymised profile under a random id; never a surname, an email, links, a
 * CV or an employer's name.
 */

/**
 * Listed: the condition of candidate_profiles_directory_idx, written as the index writes it (a bound
 * 'vetted' would not let SQLite prove the query stays inside the partial index), and a live account.
 */
const listedProfile = sql.raw(
  "candidate_profiles.stage = 'vetted' AND candidate_profiles.listed_at IS NOT NULL AND candidate_profiles.hidden_at IS NULL",
);
const listed = and(listedProfile, liveProfile) as SQL;

/** 12 random characters of [a-z0-9]: the profile's address, saying nothing of the account behind it. */
const newPublicId = () =>
  Array.from(randomBytes(12), (byte) => "abcdefghijklmnopqrstuvwxyz0123456789"[byte % 36]).join("");

const cardColumns = {
  userId: candidateProfiles.userId,
  publicId: candidateProfiles.publicId,
  displayName: candidateProfiles.displayName,
  name: users.name,
  headline: candidateProfiles.headline,
  seniority: candidateProfiles.seniority,
  yearsExperience: candidateProfiles.yearsExperience,
  skills: candidateProfiles.skills,
  timeZone: candidateProfiles.timeZone,
  availability: candidateProfiles.availability,
  earliestStart: candidateProfiles.earliestStart,
  englishLevel: candidateProfiles.englishLevel,
};
type CardRow = {
  publicId: string | null;
  displayName: string | null;
  name: string;
  headline: string;
  seniority: string | null;
  yearsExperience: number | null;
  skills: string[];
  timeZone: string | null;
  availability: (typeof candidateProfiles.$inferSelect)["availability"];
  earliestStart: string | null;
  englishLevel: (typeof candidateProfiles.$inferSelect)["englishLevel"];
};

/** A row as the public reads it, with the hours its working day shares with one in `zone`. */
function publicCard(row: CardRow, zone: string, now: Date): DirectoryCard {
  return {
    publicId: row.publicId ?? "",
    label: publicName(row.displayName, initialsOf(row.name)),
    headline: row.headline,
    seniority: row.seniority,
    yearsExperience: row.yearsExperience,
    skills: row.skills,
    timeZone: row.timeZone,
    utcOffset: row.timeZone ? utcOffsetLabel(row.timeZone, now.getTime()) : null,
    overlapHours: row.timeZone ? workdayOverlapHours(zone, row.timeZone, now.getTime()) : null,
    availability: row.availability,
    earliestStart: row.earliestStart,
    englishLevel: row.englishLevel,
  };
}

/**
 * The zones of listed candidates whose 9:00–17:00 shares at least `hours` with one in `zone`. Listed
 * candidates live in a few dozen zones: each is found by one step in candidate_profiles_directory_zone_idx
 * (the next zone after the last; reading the distinct zones of 50,000 profiles took longer), worked out
 * once here, and the filter becomes "time zone in this list", which the database answers without date
 * arithmetic. A zone whose only listed profile is no live account any more stays in the list: harmless,
 * as the query keeps only listed, live profiles.
 */
async function zonesOverlapping(zone: string, hours: number, now: Date) {
  const zones: string[] = [];
  for (let after: string | null = ""; after !== null; ) {
    const [row] = await db
      .select({ zone: min(candidateProfiles.timeZone) })
      .from(candidateProfiles)
      .where(and(listedProfile, gt(candidateProfiles.timeZone, after)));
    after = row?.zone ?? null;
    if (after !== null) zones.push(after);
  }
  return zones.filter((candidate) => workdayOverlapHours(zone, candidate, now.getTime()) >= hours);
}

/** Sorts rows without the value after those with it, on either engine (they put NULLs on opposite ends). */
const missingLast = (column: typeof candidateProfiles.yearsExperience | typeof candidateProfiles.earliestStart) =>
  sql`${column} IS NULL`;

/** One page of the directory, filtered and sorted as the URL asks, and how many match in all. */
export async function searchDirectory(query: DirectoryQuery, now = new Date()) {
  const conditions: SQL[] = [listed];
  // The listed holders of the skill, from candidate_skills' index (a few thousand at most: sorted, not walked).
  const skill = query.skill ? await hasSkill(query.skill, true) : undefined;
  if (query.seniority) conditions.push(eq(candidateProfiles.seniority, query.seniority));
  if (query.availability) conditions.push(eq(candidateProfiles.availability, query.availability));
  if (query.overlap) {
    const zones = await zonesOverlapping(query.zone, query.overlap, now);
    conditions.push(zones.length > 0 ? inArray(candidateProfiles.timeZone, zones) : sql`1 = 0`);
  }
  const where = and(skill?.page, ...conditions);
  // With a skill, counted from its rows (each profile looked up once), which SQLite would otherwise
  // probe once for every zone in the overlap's list.
  const { total } = onlyRow(
    skill && query.skill
      ? await db
          .select({ total: count() })
          .from(candidateSkills)
          .innerJoin(candidateProfiles, eq(candidateProfiles.userId, candidateSkills.userId))
          .where(
            and(eq(candidateSkills.skill, query.skill.toLowerCase()), eq(candidateSkills.listed, true), ...conditions),
          )
      : await db.select({ total: count() }).from(candidateProfiles).where(where),
  );
  const order =
    query.sort === "experience"
      ? [missingLast(candidateProfiles.yearsExperience), desc(candidateProfiles.yearsExperience)]
      : query.sort === "start"
        ? [missingLast(candidateProfiles.earliestStart), asc(candidateProfiles.earliestStart)]
        : [];
  const pageOrder = [...order, desc(candidateProfiles.listedAt), desc(candidateProfiles.userId)];
  // The page's ids first, from the indexes alone (a deep page skips thousands), then their rows.
  const pageIds = db
    .select({ id: candidateProfiles.userId })
    .from(candidateProfiles)
    .where(where)
    .orderBy(...pageOrder)
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((query.page - 1) * DIRECTORY_PAGE_SIZE);
  const rows = await db
    .select(cardColumns)
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(inArray(candidateProfiles.userId, pageIds))
    .orderBy(...pageOrder);
  return { total, cards: rows.map((row) => publicCard(row, query.zone, now)) };
}

/**
 * Whether the candidate's profile is in the directory now. Read before and after a write in its
 * transaction, it says whether the write took the profile in or out, and so whether the pages that
 * list profiles (the hire pages, the sitemap) must be expired.
 */
export async function isListed(reader: Pick<Db, "select">, userId: number) {
  const [row] = await reader
    .select({ userId: candidateProfiles.userId })
    .from(candidateProfiles)
    .where(and(eq(candidateProfiles.userId, userId), listed))
    .limit(1);
  return row !== undefined;
}

/** Listed profiles' ids and when they changed, for the sitemap. */
export async function listDirectoryEntries() {
  return db
    .select({ publicId: candidateProfiles.publicId, updatedAt: candidateProfiles.updatedAt })
    .from(candidateProfiles)
    .where(listed)
    .orderBy(desc(candidateProfiles.listedAt));
}

/** A few listed developers of each seniority, most recently listed first: what a hire page shows. */
export async function listAvailableBySeniority(seniorities: string[], perLevel = 3, now = new Date()) {
  return Promise.all(
    seniorities.map(async (seniority) => {
      const where = and(listed, eq(candidateProfiles.seniority, seniority), isNotNull(candidateProfiles.availability));
      const { total } = onlyRow(await db.select({ total: count() }).from(candidateProfiles).where(where));
      const rows = await db
        .select(cardColumns)
        .from(candidateProfiles)
        .innerJoin(users, eq(users.id, candidateProfiles.userId))
        .where(where)
        .orderBy(desc(candidateProfiles.listedAt), desc(candidateProfiles.userId))
        .limit(perLevel);
      return { seniority, total, cards: rows.map((row) => publicCard(row, "UTC", now)) };
    }),
  );
}

/** Candidates' work histories (the employers' names among them) and projects, by candidate. */
async function historiesOf(userIds: number[]) {
  if (userIds.length === 0) return () => ({ positions: [], projects: [] });
  const positions = await db
    .select({
      userId: candidateExperience.userId,
      id: candidateExperience.id,
      role: candidateExperience.role,
      companyKind: candidateExperience.companyKind,
      employer: candidateExperience.employer,
      startMonth: candidateExperience.startMonth,
      endMonth: candidateExperience.endMonth,
      summary: candidateExperience.summary,
    })
    .from(candidateExperience)
    .where(inArray(candidateExperience.userId, userIds))
    .orderBy(sql`${candidateExperience.endMonth} IS NULL DESC`, desc(candidateExperience.startMonth));
  const projects = await db
    .select({
      userId: candidateProjects.userId,
      id: candidateProjects.id,
      name: candidateProjects.name,
      summary: candidateProjects.summary,
    })
    .from(candidateProjects)
    .where(inArray(candidateProjects.userId, userIds))
    .orderBy(asc(candidateProjects.id));
  return (userId: number) => ({
    positions: positions.filter((row) => row.userId === userId).map(({ userId: _, ...position }) => position),
    projects: projects.filter((row) => row.userId === userId).map(({ userId: _, ...project }) => project),
  });
}

const historyOf = async (userId: number) => (await historiesOf([userId]))(userId);

/** Work histories and projects as companies read them, on the directory and on shortlists: never an employer's name. */
export async function publicHistoriesOf(userIds: number[]) {
  const historyOf = await historiesOf(userIds);
  return (userId: number) => {
    const { positions, projects } = historyOf(userId);
    return { positions: positions.map(({ employer: _private, ...position }) => position), projects };
  };
}

/** One listed profile as the public reads it, or null when it is not listed (any more). */
export async function getDirectoryProfile(publicId: string, zone: string, now = new Date()) {
  const [row] = await db
    .select({
      ...cardColumns,
      languages: candidateProfiles.languages,
      workplace: candidateProfiles.workplace,
      engagement: candidateProfiles.engagement,
      // The public profile's own consent: agreeing to show it on shortlists is not agreeing to the open web.
      sharePublicly: candidateProfiles.shareScorecardPublic,
      updatedAt: candidateProfiles.updatedAt,
    })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(and(listed, eq(candidateProfiles.publicId, publicId)))
    .limit(1);
  if (!row) return null;
  const vetting = (await vettingSummaries([row.userId], row.sharePublicly ? [row.userId] : []))(row.userId);
  return {
    ...publicCard(row, zone, now),
    languages: row.languages,
    workplace: row.workplace,
    engagement: row.engagement,
    updatedAt: row.updatedAt,
    vetting,
    ...(await publicHistoriesOf([row.userId]))(row.userId),
  };
}

// ——— The candidate's side ———

/** The candidate's listing as their account shows it. */
export async function getOwnListing(actor: SessionUser) {
  assertRole(actor, "candidate");
  const [row] = await db
    .select({
      stage: candidateProfiles.stage,
      publicId: candidateProfiles.publicId,
      displayName: candidateProfiles.displayName,
      listedAt: candidateProfiles.listedAt,
      hiddenAt: candidateProfiles.hiddenAt,
      hiddenReason: candidateProfiles.hiddenReason,
    })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, actor.id))
    .limit(1);
  return row ?? null;
}

/** `hidden`: staff hid the listing, so the public does not see it whatever the candidate chose. */
export type ListingResult = { ok: true; hidden: boolean } | { ok: false; reason: "not-vetted" };

/**
 * Lists the candidate in the directory (only once vetted) under the name they chose, or takes them out
 * at once. The public id is made on the first listing and kept, so a profile keeps its address.
 */
export async function setOwnListing(
  actor: SessionUser,
  change: { listed: boolean; displayName: string | null },
  now = new Date(),
): Promise<ListingResult> {
  assertRole(actor, "candidate");
  return transaction(async (tx) => {
    const [current] = await tx
      .select({
        stage: candidateProfiles.stage,
        publicId: candidateProfiles.publicId,
        listedAt: candidateProfiles.listedAt,
        hiddenAt: candidateProfiles.hiddenAt,
      })
      .from(candidateProfiles)
      .where(eq(candidateProfiles.userId, actor.id))
      .limit(1);
    if (!current || (change.listed && current.stage !== "vetted")) return { ok: false, reason: "not-vetted" };
    await tx
      .update(candidateProfiles)
      .set({
        listedAt: change.listed ? (current.listedAt ?? now) : null,
        displayName: change.displayName,
        publicId: current.publicId ?? newPublicId(),
        updatedAt: now,
      })
      .where(eq(candidateProfiles.userId, actor.id));
    if (change.listed !== Boolean(current.listedAt))
      await logActivity(
        tx,
        "candidate",
        actor.id,
        change.listed ? "Listed themselves in the public directory" : "Left the public directory",
        actor.id,
      );
    return { ok: true, hidden: current.hiddenAt !== null };
  });
}

export type PositionInput = {
  role: string;
  companyKind: string;
  employer: string | null;
  startMonth: string;
  endMonth: string | null;
  summary: string;
};
export const MAX_POSITIONS = 12;
export const MAX_PROJECTS = 3;

/** The candidate's own work history and projects, employers' names included. */
export async function getOwnHistory(actor: SessionUser) {
  assertRole(actor, "candidate");
  return historyOf(actor.id);
}

/** Adds a position to the candidate's history; false when the history is full. */
export async function addOwnPosition(actor: SessionUser, position: PositionInput) {
  assertRole(actor, "candidate");
  return addOwn(candidateExperience, actor.id, MAX_POSITIONS, { ...position, userId: actor.id });
}

/** Adds a project; false when the candidate already has the most the profile shows. */
export async function addOwnProject(actor: SessionUser, project: { name: string; summary: string }) {
  assertRole(actor, "candidate");
  return addOwn(candidateProjects, actor.id, MAX_PROJECTS, { ...project, userId: actor.id });
}

async function addOwn<T extends typeof candidateExperience | typeof candidateProjects>(
  table: T,
  userId: number,
  most: number,
  values: T["$inferInsert"],
) {
  return transaction(async (tx) => {
    const { n } = onlyRow(await tx.select({ n: count() }).from(table).where(eq(table.userId, userId)));
    if (n >= most) return false;
    await tx.insert(table).values(values);
    await tx.update(candidateProfiles).set({ updatedAt: new Date() }).where(eq(candidateProfiles.userId, userId));
    return true;
  });
}

/** Changes one of the candidate's own positions; false when it is not theirs (or no longer there). */
export async function updateOwnPosition(actor: SessionUser, id: number, position: PositionInput) {
  assertRole(actor, "candidate");
  return updateOwn(actor.id, (tx) =>
    tx
      .update(candidateExperience)
      .set(position)
      .where(and(eq(candidateExperience.id, id), eq(candidateExperience.userId, actor.id)))
      .returning({ id: candidateExperience.id }),
  );
}

/** Changes one of the candidate's own projects; false when it is not theirs (or no longer there). */
export async function updateOwnProject(actor: SessionUser, id: number, project: { name: string; summary: string }) {
  assertRole(actor, "candidate");
  return updateOwn(actor.id, (tx) =>
    tx
      .update(candidateProjects)
      .set(project)
      .where(and(eq(candidateProjects.id, id), eq(candidateProjects.userId, actor.id)))
      .returning({ id: candidateProjects.id }),
  );
}

/** `update` changes one row of the candidate's own and answers it; the profile is marked changed with it. */
async function updateOwn(userId: number, update: (tx: Db) => Promise<{ id: number }[]>) {
  return transaction(async (tx) => {
    if ((await update(tx)).length === 0) return false;
    await tx.update(candidateProfiles).set({ updatedAt: new Date() }).where(eq(candidateProfiles.userId, userId));
    return true;
  });
}

/** Removes one of the candidate's own positions or projects (someone else's id removes nothing). */
export async function removeOwnHistoryEntry(actor: SessionUser, kind: "position" | "project", id: number) {
  assertRole(actor, "candidate");
  const table = kind === "position" ? candidateExperience : candidateProjects;
  await transaction(async (tx) => {
    await tx.delete(table).where(and(eq(table.id, id), eq(table.userId, actor.id)));
  });
}

// ——— Staff ———

/** A candidate's listing, history and preferences as staff see them (the employers' names too). */
export async function getListingForStaff(actor: SessionUser, candidateId: number) {
  assertStaff(actor);
  const [row] = await db
    .select({
      publicId: candidateProfiles.publicId,
      displayName: candidateProfiles.displayName,
      listedAt: candidateProfiles.listedAt,
      hiddenAt: candidateProfiles.hiddenAt,
      hiddenReason: candidateProfiles.hiddenReason,
      stage: candidateProfiles.stage,
      languages: candidateProfiles.languages,
      workplace: candidateProfiles.workplace,
      engagement: candidateProfiles.engagement,
      hourlyRate: candidateProfiles.hourlyRate,
      salaryCurrency: candidateProfiles.salaryCurrency,
    })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, candidateId))
    .limit(1);
  if (!row) return null;
  return { ...row, ...(await historyOf(candidateId)) };
}

/** Hides a listing from the public (with the reason the candidate is shown), or shows it again. */
export async function setListingHidden(
  actor: SessionUser,
  candidateId: number,
  hide: { hidden: true; reason: string } | { hidden: false },
  now = new Date(),
) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const changed = await tx
      .update(candidateProfiles)
      .set(
        hide.hidden
          ? { hiddenAt: now, hiddenReason: hide.reason, hiddenById: actor.id }
          : { hiddenAt: null, hiddenReason: null, hiddenById: null },
      )
      .where(eq(candidateProfiles.userId, candidateId))
      .returning({ userId: candidateProfiles.userId });
    if (changed.length === 0) return false;
    await logActivity(
      tx,
      "candidate",
      candidateId,
      hide.hidden ? `Hid the directory listing: ${hide.reason}` : "Showed the directory listing again",
      actor.id,
    );
    return true;
  });
}

// ——— A company asks ———

/** A listed candidate by their public id, with what asking to interview them needs; null when not listed (any more). */
export async function findListedCandidate(reader: Pick<Db, "select">, publicId: string) {
  const [candidate] = await reader
    .select({ id: users.id, name: users.name, email: users.email, displayName: candidateProfiles.displayName })
    .from(candidateProfiles)
    .innerJoin(users, eq(users.id, candidateProfiles.userId))
    .where(and(listed, eq(candidateProfiles.publicId, publicId)))
    .limit(1);
  return candidate ?? null;
}

/** Adds a company's later words to its open request's message, after what it said first. */
export async function appendRequestMessage(tx: Pick<Db, "update">, requestId: number, message: string, now: Date) {
  await tx
    .update(contactRequests)
    .set({ message: sql`${contactRequests.message} || ${`\n\n${message}`}`, updatedAt: now })
    .where(eq(contactRequests.id, requestId));
}
