/**
 * The fixed sets of values the site stores (statuses, stages, roles). Plain data any layer may use:
 * db/schema.ts builds its column enums from them, and labels and validation read them without the database.
 */
export const contactRequestStatuses = [
  "new",
  "contacted",
  "qualified",
  "proposal",
  "interviewing",
  "won",
  "lost",
] as const;
export type ContactRequestStatus = (typeof contactRequestStatuses)[number];
/** Requests still being worked: a call from a won or lost lead starts a new one. */
export const openRequestStatuses = ["new", "contacted", "qualified", "proposal", "interviewing"] as const;
export const isOpenRequest = (status: ContactRequestStatus) =>
  (openRequestStatuses as readonly ContactRequestStatus[]).includes(status);

export const bookingStatuses = ["confirmed", "cancelled", "completed", "no_show"] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const outboxStatuses = ["pending", "sent", "logged", "failed"] as const;

/** What a webhook endpoint can subscribe to (domain/webhooks.ts says what each one carries). */
export const webhookEvents = [
  "request.created",
  "call.booked",
  "call.moved",
  "call.cancelled",
  "candidate.submitted",
  "candidate.stage_changed",
  "proposal.answered",
  "shortlist.answered",
  "interview.booked",
  "interview.moved",
  "interview.cancelled",
  "hire.made",
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

/** A webhook delivery: waiting for (another) attempt, answered 2xx, or out of attempts. */
export const webhookDeliveryStatuses = ["pending", "delivered", "failed"] as const;

/** The job queue's tasks (db/queue.ts, services/jobs/tasks.ts). */
export const jobTasks = [
  "deliver-email",
  "deliver-webhook",
  "queue-reminders",
  "apply-retention",
  "requeue-emails",
] as const;
export type JobTask = (typeof jobTasks)[number];

/** Where a queued job stands: due or scheduled, in a worker's hands, waiting after a failed attempt, or out of attempts. */
export const jobStates = ["waiting", "running", "retrying", "failed"] as const;
export type JobState = (typeof jobStates)[number];

/** A job's state from its attempts and lock (the same on both engines' queues). */
export function jobStateOf(job: {
  attempts: number;
  maxAttempts: number;
  lockedAt: Date | null;
  lastError: string | null;
}): JobState {
  if (job.lockedAt) return "running";
  if (job.attempts >= job.maxAttempts) return "failed";
  return job.lastError ? "retrying" : "waiting";
}

export const userRoles = ["candidate", "manager", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

export const candidateStages = [
  "draft",
  "submitted",
  "screening",
  "technical_interview",
  "vetted",
  "placed",
  "rejected",
] as const;
export type CandidateStage = (typeof candidateStages)[number];
export const availabilityOptions = ["full-time", "part-time"] as const;
/** What an expected salary is counted per. */
export const salaryPeriods = ["year", "month"] as const;
export type SalaryPeriod = (typeof salaryPeriods)[number];
export const englishLevels = ["basic", "conversational", "professional", "fluent", "native"] as const;

/** A proposed candidate's answer to being put forward for a company's role. */
export const candidateAnswers = ["pending", "interested", "declined"] as const;
export type CandidateAnswer = (typeof candidateAnswers)[number];

/** The company's answer to a candidate on its shortlist. */
export const companyAnswers = ["pending", "interview", "not_a_fit"] as const;
export type CompanyAnswer = (typeof companyAnswers)[number];

/** Why a company passed on a shortlisted candidate (with a free-text comment beside it). */
export const notAFitReasons = ["skills", "seniority", "budget", "time_zone", "availability", "other"] as const;
export type NotAFitReason = (typeof notAFitReasons)[number];

/** An interview between a company and a shortlisted candidate. */
export const interviewStatuses = ["confirmed", "cancelled"] as const;

/** How an interviewed candidate's story ended with the company. */
export const proposalOutcomes = ["offer", "hired", "not_hired"] as const;
export type ProposalOutcome = (typeof proposalOutcomes)[number];

/** A scorecard's overall call. */
export const recommendations = ["strong_yes", "yes", "no", "strong_no"] as const;
export type Recommendation = (typeof recommendations)[number];

/** The seniority of a request that came from a booked call, until the talent manager sets it. */
export const UNSPECIFIED_SENIORITY = "Not specified";

/** Where a candidate wants to work, and on what terms: asked by their profile, shown in the directory. */
export const workplacePreferences = ["remote", "hybrid", "on_site"] as const;
export type WorkplacePreference = (typeof workplacePreferences)[number];
export const engagementPreferences = ["full_time", "contract", "either"] as const;
export type EngagementPreference = (typeof engagementPreferences)[number];
