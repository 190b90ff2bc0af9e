/**
 * The tables of the engine DATABASE_URL chose (db/engine.ts), under one set of names: the query
 * code is written once against these. They are typed as the SQLite tables; the PostgreSQL twins
 * (db/pg/schema.ts) have the same names, columns and row types, which db/pg/schema-parity.test.ts
 * proves (and `tsc` with it), so the type is true of either.
 */
import { engine } from "./engine";
import * as postgres from "./pg/schema";
import * as sqlite from "./sqlite/schema";

const tables = (engine === "postgres" ? postgres : sqlite) as unknown as typeof sqlite;

export const {
  roles,
  seniorityLevels,
  useCases,
  quickFacts,
  technologies,
  tools,
  guides,
  guideSections,
  comparisonRows,
  talentExperts,
  expertWorkingHours,
  expertTimeOff,
  contactRequests,
  bookings,
  contactQuarantine,
  outbox,
  users,
  candidateProfiles,
  candidateStageEvents,
  passwordResetTokens,
  sessions,
  emailVerificationTokens,
  usedFormTokens,
  auditEvents,
  proposals,
  shortlists,
  candidateHours,
  candidateTimeOff,
  interviews,
  activities,
  appSecrets,
  rateLimits,
  talentExpertsRelations,
  expertWorkingHoursRelations,
  expertTimeOffRelations,
  bookingsRelations,
  contactRequestsRelations,
  rolesRelations,
  seniorityLevelsRelations,
  useCasesRelations,
  quickFactsRelations,
  technologiesRelations,
  toolsRelations,
  guidesRelations,
  guideSectionsRelations,
  comparisonRowsRelations,
} = tables;

export {
  availabilityOptions,
  bookingStatuses,
  candidateStages,
  contactRequestStatuses,
  englishLevels,
  outboxStatuses,
  userRoles,
} from "../domain/vocabulary";
export type {
  Booking,
  BookingStatus,
  CandidateProfile,
  CandidateStage,
  ComparisonRow,
  ContactRequest,
  ContactRequestStatus,
  Guide,
  GuideItem,
  GuideSection,
  NewBooking,
  NewContactRequest,
  NewRole,
  NewSeniorityLevel,
  OutboxAttachment,
  OutboxMessage,
  QuickFact,
  Role,
  SeniorityLevel,
  Session,
  TalentExpert,
  Technology,
  Tool,
  UseCase,
  User,
  UserRole,
} from "./sqlite/schema";
