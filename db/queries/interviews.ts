import "server-only";
import { and, asc, eq, gt, inArray, lt, ne, type SQL } from "drizzle-orm";
import { lineTime } from "@/domain/activity-line";
import { candidateSchedule, INTERVIEW_RULES } from "@/domain/interviews";
import { isSlotFree, listFreeSlots, type Slot, type WorkingHours } from "@/domain/slots";
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
import { logActivity } from "./admin/notes";
import { MANAGE_CUTOFF_MS } from "./bookings";
import { newReference } from "./contact-requests";
import { enqueueEmail, type NewEmail } from "./outbox";
import { BEFORE_INTERVIEWING, companyTimeZoneOf, meetableProposal } from "./shortlists";
import { assertRole, assertStaff, type SessionUser } from "./users";

/*
 * Interviews between a company and a shortlisted candidate both sides said yes to. The candidate
 * keeps weekly hours and time off in their own zone; the company picks a free hour in them through
 * its shortlist link (the slot engine of discovery calls, with INTERVIEW_RULES), may move or cancel
 * it up to two hours before, and so may the candidate from their account.
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

/** The candidate's schedule for the slot engine and the interviews that already take their time. */
async function loadCandidateSchedule(reader: Reader, candidateId: number, now: number, excludeInterviewId?: number) {
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

/** Whether the interview can still be moved or cancelled online (as a discovery call: until two hours before). */
export const canChangeInterview = (interview: { status: string; startsAt: Date }, now = Date.now()) =>
  interview.status === "confirmed" && interview.startsAt.getTime() - now > MANAGE_CUTOFF_MS;

type InterviewTime = { startsAt: Date; endsAt: Date; meetingLink: string; companyTimeZone: string };

/**
 * Books the time inside the open transaction: moves the proposal's interview (same event, raised
 * sequence) or inserts one, moves the request on to "interviewing" and reads the interview back.
 */
async function writeInterview(
  tx: Db,
  previous: InterviewDetails | undefined,
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
  await tx
    .update(contactRequests)
    .set({ updatedAt: new Date(now) })
    .where(eq(contactRequests.id, owner.requestId));
  await tx
    .update(contactRequests)
    .set({ status: "interviewing" })
    .where(and(eq(contactRequests.id, owner.requestId), inArray(contactRequests.status, [...BEFORE_INTERVIEWING])));
  const [interview] = await readInterviews(tx, eq(interviews.id, id));
  if (!interview) throw new Error("interview vanished inside its own transaction");
  return interview;
}

/** The database refused a second confirmed interview of the candidate at that start. */
const isCandidateHourTaken = (error: unknown) =>
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
  const [current] = await readInterviews(
    db,
    and(eq(interviews.proposalId, proposalId), eq(interviews.status, "confirmed")),
  );
  const loaded = await loadCandidateSchedule(db, target.candidateId, now, current?.id);
  // Free around the interview booked (it is left out of the busy hours), but not at its own time.
  const slots: Slot[] = loaded
    ? listFreeSlots(loaded.schedule, loaded.busy, now).filter((slot) => slot.start !== current?.startsAt.getTime())
    : [];
  return {
    candidateName: target.candidateName,
    candidateTimeZone: loaded?.schedule.timeZone ?? null,
    current: current ?? null,
    slots,
    defaultTimeZone: current?.companyTimeZone ?? (await companyTimeZoneOf(target.requestId)) ?? "UTC",
  };
}

export type InterviewBooking = { start: number; meetingLink: string; companyTimeZone: string };
export type InterviewResult =
  | { ok: true; interview: InterviewDetails; moved: boolean }
  | { ok: false; reason: "closed" | "taken" | "too-late" | "unchanged" };

/**
 * Books the interview, or moves the one already booked on the proposal (same event, raised sequence):
 * the slot is checked again inside the transaction, and the unique index on the candidate's start
 * time is the last word, so two companies never get the same hour of one candidate. The booked
 * interview's own time is no move ("unchanged"): nothing is written and nobody is emailed.
 */
export async function bookInterview(
  tokenHash: string,
  proposalId: number,
  input: InterviewBooking,
  emails: (interview: InterviewDetails, previous: InterviewDetails | null) => NewEmail[],
  now = Date.now(),
): Promise<InterviewResult> {
  try {
    return await transaction(async (tx): Promise<InterviewResult> => {
      const target = await meetableProposal(tx, tokenHash, proposalId, new Date(now));
      if (!target) return { ok: false, reason: "closed" };
      const [previous] = await readInterviews(
        tx,
        and(eq(interviews.proposalId, proposalId), eq(interviews.status, "confirmed")),
      );
      if (previous && !canChangeInterview(previous, now)) return { ok: false, reason: "too-late" };
      if (previous?.startsAt.getTime() === input.start) return { ok: false, reason: "unchanged" };
      const loaded = await loadCandidateSchedule(tx, target.candidateId, now, previous?.id);
      if (!loaded || !isSlotFree(loaded.schedule, loaded.busy, input.start, now)) return { ok: false, reason: "taken" };
      const times = {
        startsAt: new Date(input.start),
        endsAt: new Date(input.start + INTERVIEW_RULES.callMinutes * 60_000),
        meetingLink: input.meetingLink,
        companyTimeZone: input.companyTimeZone,
      };
      const interview = await writeInterview(
        tx,
        previous,
        times,
        { proposalId, candidateId: target.candidateId, requestId: target.requestId },
        now,
      );
      const said = `${previous ? "Interview moved" : "Interview booked"}: ${interview.company} with ${target.candidateName}, ${lineTime(times.startsAt)}`;
      await logActivity(tx, "request", target.requestId, said, "company");
      await logActivity(tx, "candidate", target.candidateId, said, "company");
      for (const email of emails(interview, previous ?? null)) await enqueueEmail(email, tx);
      return { ok: true, interview, moved: Boolean(previous) };
    });
  } catch (error) {
    if (isCandidateHourTaken(error)) return { ok: false, reason: "taken" };
    throw error;
  }
}

type CancelResult = { ok: true; interview: InterviewDetails } | { ok: false; reason: "missing" | "too-late" };

/** Cancels an interview in one transaction: the status, the raised sequence, both timelines and the emails. */
async function cancel(
  where: SQL,
  by: "company" | "candidate",
  reason: string,
  emails: (interview: InterviewDetails) => NewEmail[],
  now: number,
  actor: number | "company",
): Promise<CancelResult> {
  return transaction(async (tx): Promise<CancelResult> => {
    const [interview] = await readInterviews(tx, and(where, eq(interviews.status, "confirmed")));
    if (!interview) return { ok: false, reason: "missing" };
    if (!canChangeInterview(interview, now)) return { ok: false, reason: "too-late" };
    await tx
      .update(interviews)
      .set({
        status: "cancelled",
        cancelledAt: new Date(now),
        cancelledBy: by,
        cancelReason: reason || null,
        icsSequence: interview.icsSequence + 1,
      })
      .where(eq(interviews.id, interview.id));
    const [cancelled] = await readInterviews(tx, eq(interviews.id, interview.id));
    if (!cancelled) throw new Error("interview vanished inside its own transaction");
    // The reason stays on the interview (the request shows it), so erasing the candidate takes it with it.
    const said = `Interview cancelled by the ${by === "company" ? `company (${interview.company})` : `candidate (${interview.candidate.name})`}: ${lineTime(interview.startsAt)}`;
    await logActivity(tx, "request", interview.requestId, said, actor);
    await logActivity(tx, "candidate", interview.candidateId, said, actor);
    for (const email of emails(cancelled)) await enqueueEmail(email, tx);
    return { ok: true, interview: cancelled };
  });
}

/** The company cancels an interview of its shortlist (the link must still work). */
export async function cancelInterviewAsCompany(
  tokenHash: string,
  interviewId: number,
  reason: string,
  emails: (interview: InterviewDetails) => NewEmail[],
  now = Date.now(),
): Promise<CancelResult> {
  const [row] = await db
    .select({ proposalId: interviews.proposalId })
    .from(interviews)
    .where(eq(interviews.id, interviewId))
    .limit(1);
  if (!row || !(await meetableProposal(db, tokenHash, row.proposalId, new Date(now))))
    return { ok: false, reason: "missing" };
  return cancel(eq(interviews.id, interviewId), "company", reason, emails, now, "company");
}

// ─── The candidate and the staff ─────────────────────────────────────────────────────────────────

/** The candidate's interviews to come (and those cancelled recently), soonest first. */
export async function listOwnInterviews(actor: SessionUser, now = Date.now()) {
  assertRole(actor, "candidate");
  return readInterviews(db, and(eq(interviews.candidateId, actor.id), gt(interviews.endsAt, new Date(now - DAY_MS))));
}

export async function cancelOwnInterview(
  actor: SessionUser,
  interviewId: number,
  reason: string,
  emails: (interview: InterviewDetails) => NewEmail[],
  now = Date.now(),
): Promise<CancelResult> {
  assertRole(actor, "candidate");
  return cancel(
    and(eq(interviews.id, interviewId), eq(interviews.candidateId, actor.id)) as SQL,
    "candidate",
    reason,
    emails,
    now,
    actor.id,
  );
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

/**
 * The company suggests up to three times when the candidate's hours do not suit (or they shared none);
 * they replace any earlier suggestion, and the candidate is emailed in the same transaction.
 */
export async function suggestInterviewTimes(
  tokenHash: string,
  proposalId: number,
  input: { times: number[]; meetingLink: string; companyTimeZone: string },
  email: (notice: SuggestionNotice) => NewEmail,
  now = Date.now(),
): Promise<"suggested" | "closed"> {
  return transaction(async (tx) => {
    const target = await meetableProposal(tx, tokenHash, proposalId, new Date(now));
    if (!target) return "closed";
    const times = [...new Set(input.times)].sort((a, b) => a - b);
    await tx
      .update(proposals)
      .set({ suggestedTimes: times, suggestedMeetingLink: input.meetingLink, suggestedTimeZone: input.companyTimeZone })
      .where(eq(proposals.id, proposalId));
    const [row] = await tx
      .select({ company: contactRequests.company, email: users.email, zone: candidateProfiles.timeZone })
      .from(proposals)
      .innerJoin(contactRequests, eq(contactRequests.id, proposals.requestId))
      .innerJoin(users, eq(users.id, proposals.candidateId))
      .leftJoin(candidateProfiles, eq(candidateProfiles.userId, proposals.candidateId))
      .where(eq(proposals.id, proposalId))
      .limit(1);
    if (!row) return "closed";
    const said = `${row.company} suggested ${times.length} interview time${times.length === 1 ? "" : "s"} to ${target.candidateName}: ${times.map((time) => lineTime(time)).join(", ")}`;
    await logActivity(tx, "request", target.requestId, said, "company");
    await logActivity(tx, "candidate", target.candidateId, said, "company");
    await enqueueEmail(
      email({
        candidate: { name: target.candidateName, email: row.email, timeZone: row.zone ?? input.companyTimeZone },
        company: row.company,
        times,
      }),
      tx,
    );
    return "suggested";
  });
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

/**
 * The candidate accepts one of the suggested times: it becomes the interview (or moves the one
 * booked), unless it is too close, no longer suggested, or clashes with another of their interviews.
 */
export async function acceptSuggestedTime(
  actor: SessionUser,
  proposalId: number,
  start: number,
  emails: (interview: InterviewDetails, previous: InterviewDetails | null) => NewEmail[],
  now = Date.now(),
): Promise<{ ok: true; interview: InterviewDetails } | { ok: false; reason: "missing" | "taken" }> {
  assertRole(actor, "candidate");
  try {
    return await transaction(async (tx) => {
      const [proposal] = await tx
        .select({
          requestId: proposals.requestId,
          times: proposals.suggestedTimes,
          meetingLink: proposals.suggestedMeetingLink,
          zone: proposals.suggestedTimeZone,
        })
        .from(proposals)
        .where(
          and(
            eq(proposals.id, proposalId),
            eq(proposals.candidateId, actor.id),
            eq(proposals.companyAnswer, "interview"),
          ),
        )
        .limit(1);
      if (!proposal || !proposal.times.includes(start) || start - now <= MANAGE_CUTOFF_MS || !proposal.meetingLink)
        return { ok: false, reason: "missing" } as const;
      const end = start + INTERVIEW_RULES.callMinutes * 60_000;
      const [previous] = await readInterviews(
        tx,
        and(eq(interviews.proposalId, proposalId), eq(interviews.status, "confirmed")),
      );
      const clash = await tx
        .select({ id: interviews.id })
        .from(interviews)
        .where(
          and(
            eq(interviews.candidateId, actor.id),
            eq(interviews.status, "confirmed"),
            lt(interviews.startsAt, new Date(end)),
            gt(interviews.endsAt, new Date(start)),
            previous ? ne(interviews.id, previous.id) : undefined,
          ),
        )
        .limit(1);
      if (clash.length > 0) return { ok: false, reason: "taken" } as const;
      const times = {
        startsAt: new Date(start),
        endsAt: new Date(end),
        meetingLink: proposal.meetingLink,
        companyTimeZone: proposal.zone ?? "UTC",
      };
      await tx.update(proposals).set({ suggestedTimes: [] }).where(eq(proposals.id, proposalId));
      const interview = await writeInterview(
        tx,
        previous,
        times,
        { proposalId, candidateId: actor.id, requestId: proposal.requestId },
        now,
      );
      const said = `${actor.name} accepted the time ${interview.company} suggested: ${lineTime(times.startsAt)}`;
      await logActivity(tx, "request", proposal.requestId, said, actor.id);
      await logActivity(tx, "candidate", actor.id, said, actor.id);
      for (const email of emails(interview, previous ?? null)) await enqueueEmail(email, tx);
      return { ok: true, interview } as const;
    });
  } catch (error) {
    if (isCandidateHourTaken(error)) return { ok: false, reason: "taken" };
    throw error;
  }
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
