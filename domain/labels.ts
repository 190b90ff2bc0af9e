import type {
  availabilityOptions,
  BookingStatus,
  CandidateAnswer,
  CandidateStage,
  CompanyAnswer,
  ContactRequestStatus,
  EngagementPreference,
  englishLevels,
  JobState,
  JobTask,
  NotAFitReason,
  outboxStatuses,
  ProposalOutcome,
  Recommendation,
  UserRole,
  WorkplacePreference,
} from "@/domain/vocabulary";
import { desiredStartOptions } from "./form-fields";
import { currentZoneName } from "./zone-names";

/** What people read for each stored value: the dashboard never shows `technical_interview` or `within-1-month`. */
export const requestStatusLabels: Record<ContactRequestStatus, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  proposal: "Proposal sent",
  interviewing: "Interviewing",
  won: "Won",
  lost: "Lost",
};

export const bookingStatusLabels: Record<BookingStatus, string> = {
  confirmed: "Confirmed",
  cancelled: "Cancelled",
  completed: "Completed",
  no_show: "No-show",
};

/** The same statuses as the person who booked reads them on their booking page. */
export const visitorBookingStatusLabels: Record<BookingStatus, string> = { ...bookingStatusLabels, no_show: "Missed" };

export const stageTitles: Record<CandidateStage, string> = {
  draft: "Draft",
  submitted: "Submitted",
  screening: "Screening",
  technical_interview: "Technical interview",
  vetted: "Vetted",
  placed: "Placed",
  rejected: "Rejected",
};

/** What a candidate reads about their own stage: a title and what happens next. */
export const candidateStageText: Record<CandidateStage, { title: string; text: string }> = {
  draft: {
    title: "Draft",
    text: "Your profile is not sent yet. Complete it and press “Submit profile” when you are ready.",
  },
  submitted: {
    title: "Submitted",
    text: "We have your profile. A talent manager will review it, usually within three business days.",
  },
  screening: {
    title: "Screening",
    text: "A talent manager is reviewing your experience and may contact you with questions.",
  },
  technical_interview: {
    title: "Technical interview",
    text: "You are invited to a technical interview with one of our senior engineers.",
  },
  vetted: {
    title: "Vetted",
    text: "You passed our vetting. We will propose you to companies whose needs match your profile.",
  },
  placed: { title: "Placed", text: "Congratulations: you have been hired through Bedrock Talent." },
  rejected: {
    title: "Not a match this time",
    text: "We cannot take your application further right now. You are welcome to apply again in six months.",
  },
};

export const availabilityLabels: Record<(typeof availabilityOptions)[number], string> = {
  "full-time": "Full-time",
  "part-time": "Part-time",
};

export const workplaceLabels: Record<WorkplacePreference, string> = {
  remote: "Remote",
  hybrid: "Hybrid",
  on_site: "On-site",
};

export const engagementLabels: Record<EngagementPreference, string> = {
  full_time: "Full-time employment",
  contract: "Contract",
  either: "Full-time or contract",
};

export const englishLevelLabels: Record<(typeof englishLevels)[number], string> = {
  basic: "Basic",
  conversational: "Conversational",
  professional: "Professional working",
  fluent: "Fluent",
  native: "Native",
};

export const userRoleLabels: Record<UserRole, string> = {
  candidate: "Candidate",
  manager: "Talent manager",
  admin: "Admin",
};
/** The roles a staff account can have, in the order the staff form offers them. */
export const staffRoleLabels = { manager: userRoleLabels.manager, admin: userRoleLabels.admin } satisfies Partial<
  Record<UserRole, string>
>;

export const jobTaskLabels: Record<JobTask, string> = {
  "deliver-email": "Deliver an email",
  "deliver-webhook": "Deliver a webhook",
  "queue-reminders": "Queue the 24-hour call reminders",
  "apply-retention": "Apply the retention schedule",
  "requeue-emails": "Requeue emails left without a job",
};

export const jobStateLabels: Record<JobState, string> = {
  waiting: "Waiting",
  running: "Running",
  retrying: "Retrying after an error",
  failed: "Failed",
};

export const outboxStatusLabels: Record<(typeof outboxStatuses)[number], string> = {
  pending: "Pending",
  sent: "Sent",
  logged: "Logged",
  failed: "Failed",
};

/**
 * "America/New_York" → "America/New York": an IANA zone as people read it, by its current name (a row
 * saved with "Asia/Calcutta" reads "Asia/Kolkata").
 */
export const timeZoneLabel = (zone: string) => currentZoneName(zone).replace(/_/g, " ");

export const desiredStartLabel = (value: string) =>
  desiredStartOptions.find((option) => option.value === value)?.label ?? value;

/** `[{ value, label }]` for a select, from a label map, in the map's order. */
export const optionsOf = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/** "1 row", "2 rows". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** A proposal as the talent manager follows it: the candidate's answer, then the company's. */
export const candidateAnswerLabels: Record<CandidateAnswer, string> = {
  pending: "Waiting for the candidate",
  interested: "Interested",
  declined: "Not now",
};
export const companyAnswerLabels: Record<CompanyAnswer, string> = {
  pending: "Waiting for the company",
  interview: "Company wants to interview",
  not_a_fit: "Not a fit for the company",
};

/** Why a company passed on a shortlisted candidate. */
export const notAFitReasonLabels: Record<NotAFitReason, string> = {
  skills: "Skills do not match",
  seniority: "Seniority does not match",
  budget: "Over our budget",
  time_zone: "Time zone too far apart",
  availability: "Not available when we need",
  other: "Another reason",
};

/** A stored reason's label; a value from before the set changed is shown as stored. */
export const notAFitLabel = (reason: string) => notAFitReasonLabels[reason as NotAFitReason] ?? reason;

export const proposalOutcomeLabels: Record<ProposalOutcome, string> = {
  offer: "Offer made",
  hired: "Hired",
  not_hired: "Not hired",
};

export const recommendationLabels: Record<Recommendation, string> = {
  strong_yes: "Strong yes",
  yes: "Yes",
  no: "No",
  strong_no: "Strong no",
};
