import { type ExpertSchedule, formatDateTime, type Interval, type WorkingHours } from "./slots";

/**
 * The rules of a company's interview with a candidate, as the discovery call's are an expert's: an
 * hour long, a quarter of an hour apart, booked a day ahead at the earliest and three weeks at the
 * latest, at most three a day for one candidate.
 */
export const INTERVIEW_RULES = {
  callMinutes: 60,
  bufferMinutes: 15,
  minNoticeMinutes: 24 * 60,
  horizonDays: 21,
  maxCallsPerDay: 3,
} as const;

/** A candidate's hours as the slot engine reads them (it calls everyone who takes calls an expert). */
export function candidateSchedule(
  candidateId: number,
  timeZone: string,
  workingHours: WorkingHours[],
  timeOff: Interval[],
): ExpertSchedule {
  return { expertId: candidateId, timeZone, workingHours, timeOff, ...INTERVIEW_RULES };
}

/** Why an interview's scorecard, or a hire, is refused before the interview has ended: its end, in the reader's zone. */
export const interviewAheadMessage = (endsAt: Date, timeZone: string) =>
  `You can record this once the interview has taken place, after ${formatDateTime(endsAt.getTime(), timeZone)}.`;
