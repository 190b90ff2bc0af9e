import type { ExpertSchedule, Interval, WorkingHours } from "./slots";

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
