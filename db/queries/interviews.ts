import "server-only";
import { and, asc, eq, gt, gte, inArray, lt, ne, type SQL } from "drizzle-orm";
import { candidateSchedule, INTERVIEW_RULES } from "@/domain/interviews";
import { listFreeSlots, type Slot, type WorkingHours } from "@/domain/slots";
import { constraintViolation, isUniqueViolation } from "../errors";
import { type Db, db, transaction } from "../index";
import {
  candidateHours,
  candidateProfiles,
  candidateTimeOff,
  contactRequests,
  interviews,
  proposals,
  users,
} from "../schema";
import { MANAGE_CUTOFF_MS } from "./bookings";
import { newReference } from "./contact-requests";
import { companyTimeZoneOf, meetableProposal } from "./shortlist-company";
import { BEFORE_INTERVIEWING } from "./shortlists";
import { assertRole, assertStaff, type SessionUser } from "./users";

/*
 * Interviews between a company and a shortlisted candidate both sides said yes to. The candidate
 * keeps weekly hours and time off in their own zone; the company picks a free hour in them through
 * its shortlist link (the slot engine of discovery calls, with INTERVIEW_RULES), may move or cancel
 * it up to two hours before, and so may the candidate from their account. The flows that book, move,
 * cancel and suggest (services/hiring/interview-*.ts) read and write through the verbs here.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

type Reader = Pick<Db, "select">;

// ─── The candidate's hours ────────────────────────────────────────────────────────────────────────

/** A candidate's weekly hours, as the slot engine reads them. */
const weeklyHoursOf = (reader: Reader, candidateId: number) =>
  reader
    .select({
      weekday: candidateHours.weekday,
      startMinute: candidateHours.startMinute,
      endMinute: candidateHours.endMinute,
    })
    .from(candidateHours)
    .where(eq(candidateHours.userId, candidateId));

/** The candidate's zone, weekly hours and coming time off, as their availability page shows them. */
export async function getOwnAvailability(actor: SessionUser, now = new Date()) {
  assertRole(actor, "candidate");
  const [profile] = await db
    .select({ timeZone: candidateProfiles.timeZone })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, actor.id))
    .limit(1);
  const hours = await weeklyHoursOf(db, actor.id);
  const timeOff = await db
    .select({ id: candidateTimeOff.id, startsAt: candidateTimeOff.startsAt, endsAt: candidateTimeOff.endsAt })
    .from(candidateTimeOff)
    .where(and(eq(candidateTimeOff.userId, actor.id), gt(candidateTimeOff.endsAt, now)))
    .orderBy(asc(candidateTimeOff.startsAt));
  return { timeZone: profile?.timeZone ?? null, hours, timeOff };
}

/** Replaces the candidate's weekly hours and sets the zone they are read in (the profile's zone). */
export async function saveOwnHours(actor: SessionUser, timeZone: string, hours: WorkingHours[]) {
  assertRole(actor, "candidate");
  await transaction(async (tx) => {
    await tx
      .update(candidateProfiles)
      .set({ timeZone, updatedAt: new Date() })
      .where(eq(candidateProfiles.userId, actor.id));
    await tx.delete(candidateHours).where(eq(candidateHours.userId, actor.id));
    if (hours.length > 0)
      await tx.insert(candidateHours).values(hours.map((range) => ({ ...range, userId: actor.id })));
  });
}

export async function addOwnTimeOff(actor: SessionUser, period: { startsAt: Date; endsAt: Date }) {
  assertRole(actor, "candidate");
  await transaction(async (tx) => {
    await tx.insert(candidateTimeOff).values({ ...period, userId: actor.id });
  });
}

/** False when the entry is not the candidate's (or no longer exists). */
export async function deleteOwnTimeOff(actor: SessionUser, id: number) {
  assertRole(actor, "candidate");
  return transaction(async (tx) => {
    const removed = await tx
      .delete(candidateTimeOff)
      .where(and(eq(candidateTimeOff.id, id), eq(candidateTimeOff.userId, actor.id)))
      .returning({ id: candidateTimeOff.id });
    return removed.length === 1;
  });
}

/**
 * The candidate's schedule for the slot engine and the interviews that already take their time (but
 * `excludeInterviewId`); null while they have shared no zone or hours.
 */
export async function findCandidateSchedule(
  reader: Reader,
  candidateId: number,
  now: number,
  excludeInterviewId?: number,
) {
  const [profile] = await reader
    .select({ timeZone: candidateProfiles.timeZone })
    .from(candidateProfiles)
    .where(eq(candidateProfiles.userId, candidateId))
    .limit(1);
  if (!profile?.timeZone) return null;
  const windowStart = new Date(now - DAY_MS);
  const windowEnd = new Date(now + (INTERVIEW_RULES.horizonDays + 2) * DAY_MS);
  const hours = await weeklyHoursOf(reader, candidateId);
  if (hours.length === 0) return null;
  const off = await reader
    .select({ start: candidateTimeOff.startsAt, end: candidateTimeOff.endsAt })
    .from(candidateTimeOff)
    .where(
      and(
        eq(candidateTimeOff.userId, candidateId),
        gt(candidateTimeOff.endsAt, windowStart),
        lt(candidateTimeOff.startsAt, windowEnd),
      ),
    );
  const busy = await reader
    .select({ start: interviews.startsAt, end: interviews.endsAt })
    .from(interviews)
    .where(
      and(
        eq(interviews.candidateId, candidateId),
        eq(interviews.status, "confirmed"),
        gt(interviews.endsAt, windowStart),
        lt(interviews.startsAt, windowEnd),
        excludeInterviewId ? ne(interviews.id, excludeInterviewId) : undefined,
      ),
    );
  const interval = (row: { start: Date; end: Date }) => ({ start: row.start.getTime(), end: row.end.getTime() });
  return {
    schedule: candidateSchedule(candidateId, profile.timeZone, hours, off.map(interval)),
    busy: busy.map(interval),
  };
}

// ─── One interview, as every side reads it ──────────────────────────────────────────────────────

export type InterviewDetails = Awaited<ReturnType<typeof readInterviews>>[number];

async function readInterviews(reader: Reader, where: SQL | undefined) {
  const rows = await reader
    .select({
      id: interviews.id,
      reference: interviews.reference,
      proposalId: interviews.proposalId,
      requestId: interviews.requestId,
      candidateId: interviews.candidateId,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
      status: interviews.status,
      meetingLink: interviews.meetingLink,
      companyTimeZone: interviews.companyTimeZone,
      icsSequence: interviews.icsSequence,
      cancelledBy: interviews.cancelledBy,
      cancelReason: interviews.cancelReason,
      company: contactRequests.company,
      contactName: contactRequests.name,
      contactEmail: contactRequests.email,
      role: contactRequests.role,
      assigneeId: contactRequests.assigneeId,
      candidateName: users.name,
      candidateEmail: users.email,
      candidateTimeZone: candidateProfiles.timeZone,
    })
    .from(interviews)
    .innerJoin(contactRequests, eq(contactRequests.id, interviews.requestId))
    .innerJoin(users, eq(users.id, interviews.candidateId))
    .leftJoin(candidateProfiles, eq(candidateProfiles.userId, interviews.candidateId))
    .where(where)
    .orderBy(asc(interviews.startsAt), asc(interviews.id));
  const managerIds = [...new Set(rows.flatMap((row) => (row.assigneeId ? [row.assigneeId] : [])))];
  const managers = managerIds.length
    ? await reader
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(inArray(users.id, managerIds), eq(users.active, true)))
    : [];
  return rows.map(
    ({ assigneeId, candidateName, candidateEmail, candidateTimeZone, contactName, contactEmail, ...row }) => ({
      ...row,
      contact: { name: contactName, email: contactEmail },
      candidate: { name: candidateName, email: candidateEmail, timeZone: candidateTimeZone ?? "UTC" },
      manager: managers.find((manager) => manager.id === assigneeId) ?? null,
    }),
  );
}

/** The interview booked on a proposal (confirmed), or null. */
export async function findConfirmedInterview(reader: Reader, proposalId: number) {
  const [interview] = await readInterviews(
    reader,
    and(eq(interviews.proposalId, proposalId), eq(interviews.status, "confirmed")),
  );
  return interview ?? null;
}

/** A confirmed interview by its id (the candidate's own when `candidateId` is given), or null. */
export async function findConfirmedInterviewById(reader: Reader, interviewId: number, candidateId?: number) {
  const [interview] = await readInterviews(
    reader,
    and(
      eq(interviews.id, interviewId),
      eq(interviews.status, "confirmed"),
      candidateId === undefined ? undefined : eq(interviews.candidateId, candidateId),
    ),
  );
  return interview ?? null;
}

/** The interview just written, read back inside the same transaction. */
async function readBack(reader: Reader, interviewId: number) {
  const [interview] = await readInterviews(reader, eq(interviews.id, interviewId));
  if (!interview) throw new Error("interview vanished inside its own transaction");
  return interview;
}

type InterviewTime = { startsAt: Date; endsAt: Date; meetingLink: string; companyTimeZone: string };

/**
 * Stores the proposal's interview at `time`: moves the one booked (same event, raised sequence) or
 * inserts one, and reads it back.
 */
export async function saveInterviewTime(
  tx: Db,
  previous: InterviewDetails | null,
  time: InterviewTime,
  owner: { proposalId: number; candidateId: number; requestId: number },
  now: number,
): Promise<InterviewDetails> {
  let id: number;
  if (previous) {
    await tx
      .update(interviews)
      .set({ ...time, icsSequence: previous.icsSequence + 1 })
      .where(eq(interviews.id, previous.id));
    id = previous.id;
  } else {
    const [inserted] = await tx
      .insert(interviews)
      .values({ ...time, ...owner, reference: newReference("IV"), createdAt: new Date(now) })
      .returning({ id: interviews.id });
    if (!inserted) throw new Error("interview insert returned no row");
    id = inserted.id;
  }
  return readBack(tx, id);
}

/** Marks the request changed now, and moves it on to "interviewing" unless it is further along. */
export async function moveRequestToInterviewing(tx: Pick<Db, "update">, requestId: number, now: Date) {
  await tx.update(contactRequests).set({ updatedAt: now }).where(eq(contactRequests.id, requestId));
  await tx
    .update(contactRequests)
    .set({ status: "interviewing" })
    .where(and(eq(contactRequests.id, requestId), inArray(contactRequests.status, [...BEFORE_INTERVIEWING])));
}

/** Stores the interview as cancelled by one side (the event's sequence raised), and reads it back. */
export async function saveCancellation(
  tx: Db,
  interview: InterviewDetails,
  cancellation: { by: "company" | "candidate"; reason: string; now: Date },
): Promise<InterviewDetails> {
  await tx
    .update(interviews)
    .set({
      status: "cancelled",
      cancelledAt: cancellation.now,
      cancelledBy: cancellation.by,
      cancelReason: cancellation.reason || null,
      icsSequence: interview.icsSequence + 1,
    })
    .where(eq(interviews.id, interview.id));
  return readBack(tx, interview.id);
}

/** Another confirmed interview of the candidate overlapping `start`–`end` (the id of one), or null. */
export async function findCandidateClash(
  reader: Reader,
  candidateId: number,
  period: { start: number; end: number },
  exceptInterviewId?: number,
) {
  const [clash] = await reader
    .select({ id: interviews.id })
    .from(interviews)
    .where(
      and(
        eq(interviews.candidateId, candidateId),
        eq(interviews.status, "confirmed"),
        lt(interviews.startsAt, new Date(period.end)),
        gt(interviews.endsAt, new Date(period.start)),
        exceptInterviewId === undefined ? undefined : ne(interviews.id, exceptInterviewId),
      ),
    )
    .limit(1);
  return clash?.id ?? null;
}

/** The database refused a second confirmed interview of the candidate at that start. */
export const isCandidateHourTaken = (error: unknown) =>
  isUniqueViolation(error, "interviews.candidate_id") ||
  constraintViolation(error)?.target === "interviews_candidate_slot_unique";

// ─── The company, through its shortlist link ─────────────────────────────────────────────────────

/**
 * What the company needs to pick an interview time with a candidate it may meet: the candidate's free
 * hours (none when they have not shared any), the interview already booked, and the zone of the
 * company's discovery call as a default. Null when the link or the proposal does not allow it.
 */
export async function getInterviewChoice(tokenHash: string, proposalId: number, now = Date.now()) {
  const target = await meetableProposal(db, tokenHash, proposalId, new Date(now));
  if (!target) return null;
  const current = await findConfirmedInterview(db, proposalId);
  const loaded = await findCandidateSchedule(db, target.candidateId, now, current?.id);
  // Free around the interview booked (it is left out of the busy hours), but not at its own time.
  const slots: Slot[] = loaded
    ? listFreeSlots(loaded.schedule, loaded.busy, now).filter((slot) => slot.start !== current?.startsAt.getTime())
    : [];
  return {
    candidateName: target.candidateName,
    candidateTimeZone: loaded?.schedule.timeZone ?? null,
    current,
    slots,
    defaultTimeZone: current?.companyTimeZone ?? (await companyTimeZoneOf(target.requestId)) ?? "UTC",
  };
}

// ─── The candidate and the staff ─────────────────────────────────────────────────────────────────

/** The candidate's interviews to come (and those cancelled recently), soonest first. */
export async function listOwnInterviews(actor: SessionUser, now = Date.now()) {
  assertRole(actor, "candidate");
  return readInterviews(db, and(eq(interviews.candidateId, actor.id), gt(interviews.endsAt, new Date(now - DAY_MS))));
}

/** A candidate's interviews that start from `since` on, cancelled ones too (their calendar feed removes them). */
export async function listCandidateInterviews(candidateId: number, since: Date) {
  return await readInterviews(db, and(eq(interviews.candidateId, candidateId), gte(interviews.startsAt, since)));
}

/** Every interview of a request, for the manager. */
export async function listRequestInterviews(actor: SessionUser, requestId: number) {
  assertStaff(actor);
  return readInterviews(db, eq(interviews.requestId, requestId));
}

// ─── Times the company suggests, the candidate accepts ─────────────────────────────────────────────

export type SuggestionNotice = {
  candidate: { name: string; email: string; timeZone: string };
  company: string;
  times: number[];
};

/** Stores the times the company suggests, with its meeting link and zone, in place of any earlier ones. */
export async function saveSuggestedTimes(
  tx: Pick<Db, "update">,
  proposalId: number,
  suggestion: { times: number[]; meetingLink: string; timeZone: string },
) {
  await tx
    .update(proposals)
    .set({
      suggestedTimes: suggestion.times,
      suggestedMeetingLink: suggestion.meetingLink,
      suggestedTimeZone: suggestion.timeZone,
    })
    .where(eq(proposals.id, proposalId));
}

/** Who a suggestion is sent between: the company's name and the candidate's address and zone; null when gone. */
export async function findSuggestionParties(reader: Reader, proposalId: number) {
  const [row] = await reader
    .select({ company: contactRequests.company, email: users.email, zone: candidateProfiles.timeZone })
    .from(proposals)
    .innerJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
    .innerJoin(users, eq(users.id, proposals.candidateId))
    .leftJoin(candidateProfiles, eq(candidateProfiles.userId, proposals.candidateId))
    .where(eq(proposals.id, proposalId))
    .limit(1);
  return row ?? null;
}

/** The company's suggested times on the candidate's own proposals (those still ahead), for their account. */
export async function listOwnSuggestions(actor: SessionUser, now = Date.now()) {
  assertRole(actor, "candidate");
  const rows = await db
    .select({ proposalId: proposals.id, company: contactRequests.company, times: proposals.suggestedTimes })
    .from(proposals)
    .innerJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
    .where(and(eq(proposals.candidateId, actor.id), eq(proposals.companyAnswer, "interview")));
  return rows
    .map((row) => ({ ...row, times: row.times.filter((time) => time - now > MANAGE_CUTOFF_MS) }))
    .filter((row) => row.times.length > 0);
}

/** The times suggested on the candidate's own proposal the company asked to interview them on, or null. */
export async function findSuggestion(reader: Reader, candidateId: number, proposalId: number) {
  const [suggestion] = await reader
    .select({
      requestId: proposals.requestId,
      times: proposals.suggestedTimes,
      meetingLink: proposals.suggestedMeetingLink,
      timeZone: proposals.suggestedTimeZone,
    })
    .from(proposals)
    .where(
      and(
        eq(proposals.id, proposalId),
        eq(proposals.candidateId, candidateId),
        eq(proposals.companyAnswer, "interview"),
      ),
    )
    .limit(1);
  return suggestion ?? null;
}

/** Withdraws the proposal's suggested times (one of them was accepted). */
export async function clearSuggestedTimes(tx: Pick<Db, "update">, proposalId: number) {
  await tx.update(proposals).set({ suggestedTimes: [] }).where(eq(proposals.id, proposalId));
}

/** The proposal an interview belongs to (its changes are counted per proposal), or null. */
export async function findInterviewProposalId(interviewId: number): Promise<number | null> {
  const [row] = await db
    .select({ proposalId: interviews.proposalId })
    .from(interviews)
    .where(eq(interviews.id, interviewId))
    .limit(1);
  return row?.proposalId ?? null;
}
