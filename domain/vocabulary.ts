/**
 * The fixed sets of values the site stores (statuses, stages, roles). Plain data any layer may use:
 * db/schema.ts builds its column enums from them, and labels and validation read them without the database.
 */
export const contactRequestStatuses = ["new", "contacted", "qualified", "proposal", "won", "lost"] as const;
export type ContactRequestStatus = (typeof contactRequestStatuses)[number];

export const bookingStatuses = ["confirmed", "cancelled", "completed", "no_show"] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const outboxStatuses = ["pending", "sent", "logged", "failed"] as const;

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
export const englishLevels = ["basic", "conversational", "professional", "fluent", "native"] as const;
