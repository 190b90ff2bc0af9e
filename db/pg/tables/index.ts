// Generated from db/tables/index.ts by db/pg/generate-tables.ts (npm run db:generate): edit that file, not this one.
/**
 * The schema: every table, column, index and relation, written once for both engines. What each engine
 * writes its own way (timestamps, ids, booleans, JSON, a few index expressions) is a name from the
 * column kit (./kit): this folder runs as SQLite's schema (db/sqlite/kit.ts), and db/pg/tables is this
 * file generated with PostgreSQL's kit (db/pg/kit.ts) by `npm run db:generate`; a test fails when it
 * is out of date. The full-text and substring search indexes and the bookings' no-overlap exclusion
 * constraint are hand-written SQL in db/pg/migrations (search_and_invariants), not expressible here.
 */
import { relations, sql } from "drizzle-orm";
import {
  availabilityOptions,
  bookingStatuses,
  candidateAnswers,
  candidateStages,
  companyAnswers,
  contactRequestStatuses,
  engagementPreferences,
  englishLevels,
  interviewStatuses,
  outboxStatuses,
  proposalOutcomes,
  recommendations,
  salaryPeriods,
  userRoles,
  webhookDeliveryStatuses,
  webhookEvents,
  workplacePreferences,
} from "../../../domain/vocabulary";
import type { EmailMessage } from "../../../emails/message";
import {
  caseless,
  check,
  epochMs,
  flag,
  id,
  index,
  instant,
  integer,
  isSlug,
  json,
  now,
  onlyOnPostgres,
  rowKey,
  table,
  text,
  uniqueIndex,
} from "./kit";

export type { BookingStatus, CandidateStage, ContactRequestStatus, UserRole } from "../../../domain/vocabulary";
export {
  availabilityOptions,
  bookingStatuses,
  candidateAnswers,
  candidateStages,
  companyAnswers,
  contactRequestStatuses,
  engagementPreferences,
  englishLevels,
  interviewStatuses,
  outboxStatuses,
  proposalOutcomes,
  recommendations,
  userRoles,
  workplacePreferences,
};

/** Timestamps are UTC instants (JS Dates), everywhere. */
const createdAt = () => instant("created_at").notNull().default(now);
const updatedAt = () => instant("updated_at").notNull().default(now);

export const roles = table(
  "roles",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    headline: text("headline").notNull(),
    summary: text("summary").notNull(),
    /** The year the indicative salary figures refer to. */
    salaryYear: integer("salary_year").notNull(),
    salaryCurrency: text("salary_currency").notNull().default("USD"),
    featured: flag("featured").notNull().default(false),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("roles_slug_unique").on(t.slug), check("roles_slug_format", isSlug(t.slug))],
);

export const seniorityLevels = table(
  "seniority_levels",
  {
    id: id(),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    yearsMin: integer("years_min").notNull(),
    /** Null means open-ended ("8+ years"). */
    yearsMax: integer("years_max"),
    responsibilities: json("responsibilities").$type<string[]>().notNull(),
    salary: integer("salary").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("seniority_levels_role_name_unique").on(t.roleId, t.name),
    check(
      "seniority_levels_years",
      sql`${t.yearsMin} >= 0 AND (${t.yearsMax} IS NULL OR ${t.yearsMax} > ${t.yearsMin})`,
    ),
    check("seniority_levels_salary", sql`${t.salary} > 0`),
  ],
);

export const useCases = table(
  "use_cases",
  {
    id: id(),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("use_cases_role_title_unique").on(t.roleId, t.title)],
);

export const quickFacts = table(
  "quick_facts",
  {
    id: id(),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    /** A short label shown above the fact, e.g. "Since" or "Fun fact". */
    label: text("label").notNull(),
    text: text("text").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("quick_facts_role_label_unique").on(t.roleId, t.label)],
);

export const technologies = table(
  "technologies",
  {
    id: id(),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    creator: text("creator").notNull(),
    year: integer("year").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("technologies_role_name_unique").on(t.roleId, t.name),
    check("technologies_year", sql`${t.year} BETWEEN 1900 AND 2100`),
  ],
);

export const tools = table(
  "tools",
  {
    id: id(),
    roleId: integer("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("tools_role_name_unique").on(t.roleId, t.name)],
);

export const guides = table(
  "guides",
  {
    id: id(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    publishedAt: instant("published_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("guides_slug_unique").on(t.slug)],
);

export type GuideItem = { title?: string; text: string };

export const guideSections = table(
  "guide_sections",
  {
    id: id(),
    guideId: integer("guide_id")
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    /** Stable key used for anchors and by the seed, e.g. "skills". */
    key: text("key").notNull(),
    heading: text("heading").notNull(),
    body: text("body").notNull().default(""),
    items: json("items").$type<GuideItem[]>().notNull().default([]),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("guide_sections_guide_key_unique").on(t.guideId, t.key)],
);

export const comparisonRows = table(
  "comparison_rows",
  {
    id: id(),
    guideId: integer("guide_id")
      .notNull()
      .references(() => guides.id, { onDelete: "cascade" }),
    aspect: text("aspect").notNull(),
    frontend: text("frontend").notNull(),
    backend: text("backend").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("comparison_rows_guide_aspect_unique").on(t.guideId, t.aspect)],
);

export const talentExperts = table(
  "talent_experts",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    title: text("title").notNull(),
    bio: text("bio").notNull(),
    email: text("email").notNull(),
    /** IANA time zone of the expert's working hours. */
    timeZone: text("time_zone").notNull(),
    active: flag("active").notNull().default(true),
    callMinutes: integer("call_minutes").notNull().default(30),
    bufferMinutes: integer("buffer_minutes").notNull().default(10),
    minNoticeMinutes: integer("min_notice_minutes").notNull().default(720),
    horizonDays: integer("horizon_days").notNull().default(21),
    maxCallsPerDay: integer("max_calls_per_day").notNull().default(6),
    /** Where calls happen: a video-call URL or a phone number, shown in emails, the .ics and the manage page. */
    meetingLink: text("meeting_link"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    uniqueIndex("talent_experts_slug_unique").on(t.slug),
    index("talent_experts_active_idx").on(t.active),
    check(
      "talent_experts_booking_rules",
      sql`${t.callMinutes} BETWEEN 10 AND 240 AND ${t.bufferMinutes} BETWEEN 0 AND 240 AND ${t.minNoticeMinutes} >= 0 AND ${t.horizonDays} BETWEEN 1 AND 365 AND ${t.maxCallsPerDay} BETWEEN 1 AND 48`,
    ),
  ],
);

/** Weekly working hours in the expert's own time zone; weekday 1 = Monday … 7 = Sunday (ISO). */
export const expertWorkingHours = table(
  "expert_working_hours",
  {
    id: id(),
    expertId: integer("expert_id")
      .notNull()
      .references(() => talentExperts.id, { onDelete: "cascade" }),
    weekday: integer("weekday").notNull(),
    startMinute: integer("start_minute").notNull(),
    endMinute: integer("end_minute").notNull(),
  },
  (t) => [
    index("expert_working_hours_expert_idx").on(t.expertId, t.weekday),
    check(
      "expert_working_hours_range",
      sql`${t.weekday} BETWEEN 1 AND 7 AND ${t.startMinute} >= 0 AND ${t.endMinute} <= 1440 AND ${t.endMinute} > ${t.startMinute}`,
    ),
  ],
);

export const expertTimeOff = table(
  "expert_time_off",
  {
    id: id(),
    expertId: integer("expert_id")
      .notNull()
      .references(() => talentExperts.id, { onDelete: "cascade" }),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    reason: text("reason").notNull().default(""),
  },
  (t) => [
    index("expert_time_off_expert_idx").on(t.expertId, t.startsAt),
    check("expert_time_off_range", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const contactRequests = table(
  "contact_requests",
  {
    id: id(),
    /** Short public reference shown to the company, e.g. "BT-7K3M9Q". */
    reference: text("reference").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased email: links later bookings of the same company contact to this request. */
    emailNormalized: text("email_normalized").notNull(),
    company: text("company").notNull(),
    role: text("role").notNull(),
    seniority: text("seniority").notNull(),
    developers: integer("developers").notNull(),
    desiredStart: text("desired_start").notNull(),
    budget: text("budget"),
    message: text("message").notNull(),
    sourcePage: text("source_page").notNull(),
    status: text("status", { enum: contactRequestStatuses }).notNull().default("new"),
    lostReason: text("lost_reason"),
    /** The talent manager working this request. */
    assigneeId: integer("assignee_id").references(() => users.id, { onDelete: "set null" }),
    consentAt: instant("consent_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("contact_requests_reference_unique").on(t.reference),
    index("contact_requests_email_idx").on(t.emailNormalized),
    // The lists' order is (created_at, id): the index ends with the row's key.
    index("contact_requests_status_created_idx").on(t.status, t.createdAt, ...rowKey(t.id)),
    index("contact_requests_created_idx").on(t.createdAt, ...rowKey(t.id)),
    index("contact_requests_assignee_created_idx").on(t.assigneeId, t.createdAt, ...rowKey(t.id)),
    index("contact_requests_seniority_created_idx").on(t.seniority, t.createdAt, ...rowKey(t.id)),
    index("contact_requests_status_updated_idx").on(t.status, t.updatedAt),
    ...onlyOnPostgres(
      // The overview's requests left alone longest: the open statuses (domain/vocabulary.ts's openRequestStatuses;
      // without "interviewing" here the index went unused and the five oldest took a sort of 400,000 rows), oldest
      // first. With IN (five statuses) PostgreSQL reads the index above five times and merges by sorting.
      index("contact_requests_open_updated_idx")
        .on(t.updatedAt, t.id)
        .where(sql`status IN ('new', 'contacted', 'qualified', 'proposal', 'interviewing')`),
    ),
    // The list's "Company A–Z" and "Most developers" orders: read in order, a page is found without sorting 200,000 rows.
    index("contact_requests_company_idx").on(
      caseless(t.company),
      // Written as SQL: drizzle-kit's .desc() adds NULLS LAST on PostgreSQL, which a plain `ORDER BY … DESC` cannot read.
      sql`${t.createdAt} DESC`,
      sql`${t.id} DESC`,
    ),
    index("contact_requests_developers_idx").on(t.developers, t.createdAt, ...rowKey(t.id)),
    // The same order within one status (the pipeline's usual view), without sorting up to 75,000 rows.
    index("contact_requests_status_developers_idx").on(t.status, t.developers, t.createdAt, ...rowKey(t.id)),
    check("contact_requests_developers", sql`${t.developers} BETWEEN 1 AND 500`),
  ],
);

export const bookings = table(
  "bookings",
  {
    id: id(),
    reference: text("reference").notNull(),
    expertId: integer("expert_id")
      .notNull()
      .references(() => talentExperts.id),
    contactRequestId: integer("contact_request_id").references(() => contactRequests.id, { onDelete: "set null" }),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    status: text("status", { enum: bookingStatuses }).notNull().default("confirmed"),
    name: text("name").notNull(),
    email: text("email").notNull(),
    emailNormalized: text("email_normalized").notNull(),
    company: text("company").notNull(),
    hiringFor: text("hiring_for").notNull(),
    visitorTimeZone: text("visitor_time_zone").notNull(),
    /** SHA-256 of the private manage token; the token itself is only ever in the visitor's link. */
    manageTokenHash: text("manage_token_hash").notNull(),
    reminderSentAt: instant("reminder_sent_at"),
    cancelledAt: instant("cancelled_at"),
    /** The iCalendar SEQUENCE of the call's invitation: raised on every change (move, cancellation) so calendars update it. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    /** Why the call was cancelled, as the person who cancelled wrote it (optional); told to the other side. */
    cancelReason: text("cancel_reason"),
    /**
     * The call's own video room (MEETING_BASE_URL + an unguessable name), made when it is booked. The
     * expert's fixed meeting link, when set, wins over it (domain/meeting-link.ts).
     */
    meetingRoom: text("meeting_room"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("bookings_reference_unique").on(t.reference),
    uniqueIndex("bookings_manage_token_unique").on(t.manageTokenHash),
    // The invariant behind the race test: one confirmed call per expert and start time.
    uniqueIndex("bookings_active_slot_unique").on(t.expertId, t.startsAt).where(sql`status = 'confirmed'`),
    index("bookings_expert_time_idx").on(t.expertId, t.startsAt),
    index("bookings_status_time_idx").on(t.status, t.startsAt),
    index("bookings_email_idx").on(t.emailNormalized),
    // The request's calls (its page, the hiring funnel).
    index("bookings_request_idx").on(t.contactRequestId, t.createdAt),
    check("bookings_range", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Contact requests that looked automated (honeypot filled, sent too fast, a bad or reused form token):
 * kept apart from the inbox with the reason, so staff can restore a real one in one click.
 */
export const contactQuarantine = table(
  "contact_quarantine",
  {
    id: id(),
    reason: text("reason", { enum: ["honeypot", "too-fast", "bad-token", "reused-token"] }).notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    company: text("company").notNull(),
    role: text("role").notNull(),
    seniority: text("seniority").notNull(),
    developers: integer("developers").notNull(),
    desiredStart: text("desired_start").notNull(),
    budget: text("budget"),
    message: text("message").notNull(),
    sourcePage: text("source_page").notNull(),
    /** The request it became when staff restored it; null while it waits in the quarantine. */
    restoredRequestId: integer("restored_request_id").references(() => contactRequests.id, { onDelete: "set null" }),
    restoredAt: instant("restored_at"),
    createdAt: createdAt(),
  },
  (t) => [index("contact_quarantine_created_idx").on(t.restoredAt, t.createdAt)],
);

/** "logged": no SMTP server is configured (development), so the email was written to the log. */
export type OutboxAttachment = { filename: string; contentType: string; content: string };

/** Every email the site sends is written here first, then delivered (and retried) from here. */
export const outbox = table(
  "outbox",
  {
    id: id(),
    kind: text("kind").notNull(),
    /** Makes an email idempotent, e.g. "reminder:42": the same key is never queued twice. */
    dedupeKey: text("dedupe_key"),
    to: text("to").notNull(),
    /** Where replies go: the talent manager who wrote the email (emails written from the dashboard). */
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    /** Plain text of an email queued before emails had a message; newer ones render from `message`. */
    text: text("text").notNull(),
    /** What the email says, as data: rendered to HTML and text when it is sent or previewed (emails/). */
    message: json("message").$type<EmailMessage>(),
    attachments: json("attachments").$type<OutboxAttachment[]>().notNull().default([]),
    status: text("status", { enum: outboxStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: instant("next_attempt_at").notNull(),
    sentAt: instant("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("outbox_dedupe_unique").on(t.dedupeKey),
    index("outbox_status_next_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** Where the site tells a company's other systems what happened (admins add them in /admin/webhooks). */
export const webhookEndpoints = table("webhook_endpoints", {
  id: id(),
  url: text("url").notNull(),
  description: text("description").notNull().default(""),
  /** The events it receives (vocabulary's webhookEvents). */
  events: json("events").$type<(typeof webhookEvents)[number][]>().notNull(),
  /** The Standard Webhooks signing secret (whsec_…), sealed with the site's encryption key (services/secret-box.ts). */
  secretSealed: text("secret_sealed").notNull(),
  active: flag("active").notNull().default(true),
  /** Since when every delivery to it has failed (null: the last one succeeded); long enough, and it is switched off. */
  failingSince: instant("failing_since"),
  /** When it was switched off for failing (an admin turning it off leaves this null). */
  switchedOffAt: instant("switched_off_at"),
  /** The admin who added it: told when it is switched off. */
  createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One event for one endpoint: its signed body, and how its last attempt went (the endpoint's delivery log). */
export const webhookDeliveries = table(
  "webhook_deliveries",
  {
    id: id(),
    endpointId: integer("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** The event's id (webhook-id: msg_…), the same for every endpoint and every attempt, so receivers can drop a repeat. */
    eventId: text("event_id").notNull(),
    eventType: text("event_type", { enum: webhookEvents }).notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: webhookDeliveryStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** Not before this may an attempt start: a running attempt holds it ahead (its lease), so two jobs never send at once. */
    nextAttemptAt: instant("next_attempt_at").notNull(),
    lastStatusCode: integer("last_status_code"),
    lastDurationMs: integer("last_duration_ms"),
    /** The first 500 characters of the endpoint's last answer, or why there was none. */
    lastResponse: text("last_response"),
    deliveredAt: instant("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_event_unique").on(t.endpointId, t.eventId),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
  ],
);

export const users = table(
  "users",
  {
    id: id(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    /** Lower-cased email: emails are unique case-insensitively. */
    emailNormalized: text("email_normalized").notNull(),
    /** The address with aliases folded (plus-tags, Gmail dots): finds the same person registered twice. */
    emailCanonical: text("email_canonical"),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: userRoles }).notNull().default("candidate"),
    active: flag("active").notNull().default(true),
    /** When the person proved the address is theirs (a link sent to it); staff accounts are created verified. */
    emailVerifiedAt: instant("email_verified_at"),
    /** The last sign-in or session use, for the retention rule on inactive accounts. */
    lastActiveAt: instant("last_active_at"),
    /** When the "your data will be anonymised" warning was queued; cleared by any later activity. */
    retentionNoticeAt: instant("retention_notice_at"),
    anonymizedAt: instant("anonymized_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.emailNormalized),
    index("users_role_idx").on(t.role, t.active),
    index("users_email_canonical_idx").on(t.emailCanonical),
    // The few accounts that are not live candidates (staff, erased): lets profile lists skip a lookup per row.
    index("users_not_candidate_idx").on(t.id).where(sql`role <> 'candidate' OR anonymized_at IS NOT NULL`),
  ],
);

export const candidateProfiles = table(
  "candidate_profiles",
  {
    userId: integer("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    headline: text("headline").notNull().default(""),
    seniority: text("seniority"),
    yearsExperience: integer("years_experience"),
    skills: json("skills").$type<string[]>().notNull().default([]),
    location: text("location").notNull().default(""),
    timeZone: text("time_zone"),
    englishLevel: text("english_level", { enum: englishLevels }),
    expectedSalary: integer("expected_salary"),
    salaryCurrency: text("salary_currency").notNull().default("USD"),
    /** Whether expectedSalary is counted per year or per month, as the candidate wrote it. */
    salaryPeriod: text("salary_period", { enum: salaryPeriods }).notNull().default("year"),
    availability: text("availability", { enum: availabilityOptions }),
    earliestStart: text("earliest_start"),
    githubUrl: text("github_url"),
    linkedinUrl: text("linkedin_url"),
    portfolioUrl: text("portfolio_url"),
    cvFileKey: text("cv_file_key"),
    cvFileName: text("cv_file_name"),
    cvContentType: text("cv_content_type"),
    cvSize: integer("cv_size"),
    cvUploadedAt: instant("cv_uploaded_at"),
    consentAt: instant("consent_at"),
    stage: text("stage", { enum: candidateStages }).notNull().default("draft"),
    submittedAt: instant("submitted_at"),
    /** The candidate agreed that a summary of their vetting scorecard is shown on the shortlists they are on. */
    shareScorecard: flag("share_scorecard").notNull().default(false),
    /** Separately: the candidate agreed that the summary is shown on their public directory profile, to anyone. */
    shareScorecardPublic: flag("share_scorecard_public").notNull().default(false),
    /** Talent managers' 1–5 rating; empty until someone rates. */
    rating: integer("rating"),
    /** Languages the candidate speaks besides English (whose level is englishLevel). */
    languages: json("languages").$type<string[]>().notNull().default([]),
    workplace: text("workplace", { enum: workplacePreferences }),
    engagement: text("engagement", { enum: engagementPreferences }),
    /** A contract rate in salaryCurrency per hour, beside the yearly expectedSalary. */
    hourlyRate: integer("hourly_rate"),
    /**
     * The public directory (/developers): the candidate opted in at listedAt (null: not listed), under
     * publicId (random, made at the first opt-in, so the address says nothing of the account) and the
     * displayName they chose (else their initials). Staff can hide a listing; it stays hidden until
     * they show it again, whatever the candidate does.
     */
    publicId: text("public_id"),
    displayName: text("display_name"),
    listedAt: instant("listed_at"),
    hiddenAt: instant("hidden_at"),
    hiddenReason: text("hidden_reason"),
    hiddenById: integer("hidden_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("candidate_profiles_stage_idx").on(t.stage, t.submittedAt),
    // The list's order and the columns it filters on: a page or a count filtered by stage, availability,
    // salary, years or seniority is read from this index alone (walked in order for a page), not the rows.
    index("candidate_profiles_submitted_idx").on(
      t.submittedAt,
      t.stage,
      t.availability,
      t.expectedSalary,
      t.yearsExperience,
      t.seniority,
      // The row's key (on SQLite the rowid, which is user_id here): a count that leaves out the few
      // accounts that are not live candidates is answered from the index alone.
      ...rowKey(t.userId),
    ),
    index("candidate_profiles_stage_updated_idx").on(t.stage, t.updatedAt),
    uniqueIndex("candidate_profiles_public_id_unique").on(t.publicId),
    // The directory: vetted, opted in, not hidden (db/queries/directory.ts repeats this condition). Stage
    // first, so that SQLite (without statistics) prefers it to the stage indexes; the columns after it
    // answer the directory's counts and filters from the index alone, and its newest-first order.
    index("candidate_profiles_directory_idx")
      .on(t.stage, t.listedAt, t.userId, t.seniority, t.availability, t.yearsExperience, t.timeZone)
      .where(sql`stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL`),
    check("candidate_profiles_hourly_rate", sql`${t.hourlyRate} IS NULL OR ${t.hourlyRate} BETWEEN 0 AND 10000`),
    check("candidate_profiles_years", sql`${t.yearsExperience} IS NULL OR ${t.yearsExperience} BETWEEN 0 AND 60`),
    check("candidate_profiles_salary", sql`${t.expectedSalary} IS NULL OR ${t.expectedSalary} BETWEEN 0 AND 10000000`),
    // The directory's other orders (db/queries/directory.ts), read in order so that a page is not found by
    // sorting every listed profile: most experienced first, soonest start first, each without a value last.
    // Stage first, as in the index above, so that SQLite prefers reading these in order to sorting.
    index("candidate_profiles_directory_experience_idx")
      .on(
        t.stage,
        sql`(${t.yearsExperience} IS NULL)`,
        sql`${t.yearsExperience} DESC`,
        sql`${t.listedAt} DESC`,
        sql`${t.userId} DESC`,
        t.timeZone,
      )
      .where(sql`stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL`),
    // The directory's zones (found one after another, each a step in this index) and its seniority levels
    // (a hire page counts and lists each level's listed developers within it).
    index("candidate_profiles_directory_zone_idx")
      .on(t.stage, t.timeZone)
      .where(sql`stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL`),
    index("candidate_profiles_directory_seniority_idx")
      .on(t.stage, t.seniority, t.listedAt, t.userId, t.availability)
      .where(sql`stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL`),
    index("candidate_profiles_directory_start_idx")
      .on(
        t.stage,
        sql`(${t.earliestStart} IS NULL)`,
        t.earliestStart,
        sql`${t.listedAt} DESC`,
        sql`${t.userId} DESC`,
        t.timeZone,
      )
      .where(sql`stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL`),
    ...onlyOnPostgres(
      // The overview's candidates left alone longest (the open stages of db/queries/admin/overview.ts),
      // counted and listed from the index alone.
      index("candidate_profiles_open_updated_idx")
        .on(t.updatedAt, t.userId)
        .where(sql`stage IN ('submitted', 'screening', 'technical_interview')`),
      // SQLite has this one as an unnamed column CHECK, added by hand in migration 0001.
      check("candidate_profiles_rating", sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 1 AND 5`),
    ),
  ],
);

/**
 * Each profile's skills, one row per skill, lower-cased as the skill filters compare them; `listed` says
 * whether the profile is in the directory (its condition in db/queries/directory.ts). Derived rows, kept
 * by triggers on candidate_profiles (hand-written in the migrations that made this table), so the skill
 * filters read an index instead of every profile's JSON; a copy to PostgreSQL rebuilds them, not copies.
 */
export const candidateSkills = table(
  "candidate_skills",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => candidateProfiles.userId, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    listed: flag("listed").notNull(),
  },
  (t) => [
    uniqueIndex("candidate_skills_user_skill_unique").on(t.userId, t.skill),
    index("candidate_skills_skill_idx").on(t.skill, t.listed, t.userId),
  ],
);

/**
 * How many contact requests are in each status and candidate profiles in each stage: derived rows,
 * kept by triggers on those tables in the same transaction as every insert, change and delete
 * (hand-written in the migrations that made this table), so the overview reads a few rows instead of
 * counting hundreds of thousands. A copy to PostgreSQL rebuilds them, not copies.
 */
export const statusCounts = table(
  "status_counts",
  {
    subject: text("subject", { enum: ["request", "candidate"] }).notNull(),
    status: text("status").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [uniqueIndex("status_counts_subject_status_unique").on(t.subject, t.status)],
);

/**
 * How many contact requests were received (created_at) and applications submitted (submitted_at) on
 * each UTC day, counted from the epoch (1970-01-01 is day 0): derived rows kept by triggers like
 * status_counts', so the overview's weekly charts and its 90 days' funnel add up a few hundred rows
 * instead of counting hundreds of thousands.
 */
export const dailyCounts = table(
  "daily_counts",
  {
    subject: text("subject", { enum: ["request", "application"] }).notNull(),
    day: integer("day").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [uniqueIndex("daily_counts_subject_day_unique").on(t.subject, t.day)],
);

/** Every stage a candidate's application went through, with who moved it and when. */
export const candidateStageEvents = table(
  "candidate_stage_events",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    stage: text("stage", { enum: candidateStages }).notNull(),
    reason: text("reason"),
    changedById: integer("changed_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("candidate_stage_events_user_idx").on(t.userId, t.createdAt)],
);

export const passwordResetTokens = table(
  "password_reset_tokens",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("password_reset_tokens_hash_unique").on(t.tokenHash),
    index("password_reset_tokens_user_idx").on(t.userId),
  ],
);

/**
 * One row per signed-in device. The session token (JWT) carries a random id whose SHA-256 is the
 * key here; deleting the row ends that session everywhere, whatever the token says.
 */
export const sessions = table(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A short description of the device, e.g. "Chrome on macOS"; never the full User-Agent. */
    device: text("device").notNull().default(""),
    createdAt: createdAt(),
    lastSeenAt: instant("last_seen_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId, t.lastSeenAt), index("sessions_expires_idx").on(t.expiresAt)],
);

/** Links that prove an address belongs to the person who registered it; only the token's SHA-256 is kept. */
export const emailVerificationTokens = table(
  "email_verification_tokens",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("email_verification_tokens_hash_unique").on(t.tokenHash),
    index("email_verification_tokens_user_idx").on(t.userId),
  ],
);

/** Signed form tokens already accepted once (SHA-256 of the token), kept until the token would have expired. */
export const usedFormTokens = table(
  "used_form_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("used_form_tokens_expires_idx").on(t.expiresAt)],
);

/** Who did what and when: sign-ins, status and stage changes, content edits, exports, staff changes. */
export const auditEvents = table(
  "audit_events",
  {
    id: id(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subject: text("subject").notNull().default(""),
    details: text("details").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_created_idx").on(t.createdAt),
    index("audit_events_action_idx").on(t.action, t.createdAt),
  ],
);

/** A candidate put forward to a company's request. */
export const proposals = table(
  "proposals",
  {
    id: id(),
    requestId: integer("request_id")
      .notNull()
      .references(() => contactRequests.id, { onDelete: "cascade" }),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    proposedById: integer("proposed_by_id").references(() => users.id, { onDelete: "set null" }),
    /** The talent manager's "why this person", shown to the company on the shortlist. */
    note: text("note").notNull().default(""),
    /** Whether the candidate is told the company's name before both sides said yes (the manager decides). */
    companyNameShown: flag("company_name_shown").notNull().default(false),
    candidateAnswer: text("candidate_answer", { enum: candidateAnswers }).notNull().default("pending"),
    candidateAnsweredAt: instant("candidate_answered_at"),
    /** When the candidate was first put on a shortlist sent to the company. */
    sharedAt: instant("shared_at"),
    companyAnswer: text("company_answer", { enum: companyAnswers }).notNull().default("pending"),
    /** One of notAFitReasons when the company passed, with its own words beside it. */
    companyReason: text("company_reason"),
    companyComment: text("company_comment"),
    companyAnsweredAt: instant("company_answered_at"),
    /**
     * Interview times the company suggested (epoch ms) when the candidate's hours did not suit, with
     * its meeting link and zone; the candidate accepts one of them in their account.
     */
    suggestedTimes: json("suggested_times").$type<number[]>().notNull().default([]),
    suggestedMeetingLink: text("suggested_meeting_link"),
    suggestedTimeZone: text("suggested_time_zone"),
    /** After the interviews: an offer, a hire, or not hired (with the reason). */
    outcome: text("outcome", { enum: proposalOutcomes }),
    outcomeReason: text("outcome_reason"),
    outcomeAt: instant("outcome_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("proposals_request_candidate_unique").on(t.requestId, t.candidateId),
    index("proposals_candidate_idx").on(t.candidateId),
    // The company answers only candidates it was shown, and only those who said they were interested.
    check(
      "proposals_company_answer",
      sql`${t.companyAnswer} = 'pending' OR (${t.sharedAt} IS NOT NULL AND ${t.candidateAnswer} = 'interested')`,
    ),
    // An outcome follows an interview the company asked for.
    check("proposals_outcome", sql`${t.outcome} IS NULL OR ${t.companyAnswer} = 'interview'`),
  ],
);
/** A candidate's weekly hours for interviews, in the zone of their profile (as an expert's are in theirs). */
export const candidateHours = table(
  "candidate_hours",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    weekday: integer("weekday").notNull(),
    startMinute: integer("start_minute").notNull(),
    endMinute: integer("end_minute").notNull(),
  },
  (t) => [
    index("candidate_hours_user_idx").on(t.userId, t.weekday),
    check(
      "candidate_hours_range",
      sql`${t.weekday} BETWEEN 1 AND 7 AND ${t.startMinute} >= 0 AND ${t.endMinute} <= 1440 AND ${t.endMinute} > ${t.startMinute}`,
    ),
  ],
);
export const candidateTimeOff = table(
  "candidate_time_off",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
  },
  (t) => [
    index("candidate_time_off_user_idx").on(t.userId, t.startsAt),
    check("candidate_time_off_range", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
/**
 * An interview a company booked in a shortlisted candidate's hours. The company reaches it through its
 * shortlist link, the candidate through their account; the meeting link is the company's.
 */
export const interviews = table(
  "interviews",
  {
    id: id(),
    /** Public reference, also the calendar event's UID. */
    reference: text("reference").notNull(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requestId: integer("request_id")
      .notNull()
      .references(() => contactRequests.id, { onDelete: "cascade" }),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    status: text("status", { enum: interviewStatuses }).notNull().default("confirmed"),
    meetingLink: text("meeting_link").notNull(),
    /** The zone the company chose its time in: its emails say the time there. */
    companyTimeZone: text("company_time_zone").notNull(),
    /** The iCalendar SEQUENCE, raised when the interview is cancelled so calendars remove it. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    cancelledAt: instant("cancelled_at"),
    /** Who cancelled, and why in their words (optional). */
    cancelledBy: text("cancelled_by", { enum: ["company", "candidate", "staff"] }),
    cancelReason: text("cancel_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("interviews_reference_unique").on(t.reference),
    // A candidate is in one interview at a time, and a proposal has one upcoming interview.
    uniqueIndex("interviews_candidate_slot_unique").on(t.candidateId, t.startsAt).where(sql`status = 'confirmed'`),
    uniqueIndex("interviews_proposal_active_unique").on(t.proposalId).where(sql`status = 'confirmed'`),
    index("interviews_request_idx").on(t.requestId, t.startsAt),
    check("interviews_range", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
export type ScorecardRating = { competence: string; rating: number };

/**
 * A talent manager's structured assessment of a candidate: a 1–5 rating per competence, strengths,
 * concerns and a recommendation. Without a proposal it is the vetting scorecard; with one, it is about
 * that company's interview.
 */
export const scorecards = table(
  "scorecards",
  {
    id: id(),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    proposalId: integer("proposal_id").references(() => proposals.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    ratings: json("ratings").$type<ScorecardRating[]>().notNull(),
    strengths: text("strengths").notNull().default(""),
    concerns: text("concerns").notNull().default(""),
    recommendation: text("recommendation", { enum: recommendations }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("scorecards_candidate_idx").on(t.candidateId, t.createdAt)],
);
/**
 * An email a talent manager starts from when writing to a company or a candidate: its subject and
 * body may hold variables ({{name}}, {{company}} …) filled in when the email is sent.
 */
export const emailTemplates = table(
  "email_templates",
  {
    id: id(),
    name: text("name").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("email_templates_name_unique").on(t.name)],
);
/**
 * A shortlist link sent to a request's company contact: the token is in the email only, its SHA-256
 * here. Sending again makes a new link and revokes the previous one, so a request has one live link.
 */
export const shortlists = table(
  "shortlists",
  {
    id: id(),
    requestId: integer("request_id")
      .notNull()
      .references(() => contactRequests.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    sentTo: text("sent_to").notNull(),
    sentById: integer("sent_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("shortlists_token_hash_unique").on(t.tokenHash),
    index("shortlists_request_idx").on(t.requestId, t.createdAt),
  ],
);

/**
 * A private calendar feed (webcal) of one person's meetings: a Talent Expert's discovery calls or a
 * candidate's interviews, for calendar apps that subscribe to a URL. The token is in the person's link
 * only, its SHA-256 here; a new link revokes the old one, so each person has at most one live feed.
 */
export const calendarFeeds = table(
  "calendar_feeds",
  {
    id: id(),
    expertId: integer("expert_id").references(() => talentExperts.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    /** The last time a calendar fetched it (written at most every few minutes). */
    lastUsedAt: instant("last_used_at"),
    revokedAt: instant("revoked_at"),
  },
  (t) => [
    uniqueIndex("calendar_feeds_token_hash_unique").on(t.tokenHash),
    uniqueIndex("calendar_feeds_live_expert_unique").on(t.expertId).where(sql`revoked_at IS NULL`),
    uniqueIndex("calendar_feeds_live_user_unique").on(t.userId).where(sql`revoked_at IS NULL`),
    check("calendar_feeds_one_owner", sql`(${t.expertId} IS NULL) <> (${t.userId} IS NULL)`),
  ],
);

/** Notes and changes on a contact request or a candidate, newest shown first: the activity timeline. */
export const activities = table(
  "activities",
  {
    id: id(),
    subjectType: text("subject_type", { enum: ["request", "candidate"] }).notNull(),
    subjectId: integer("subject_id").notNull(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["note", "status"] }).notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("activities_subject_idx").on(t.subjectType, t.subjectId, t.createdAt)],
);

/** Secrets generated on first use (e.g. the form-signing key) when none is configured. */
export const appSecrets = table("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/**
 * Fixed-window counters that survive restarts. The key is a keyed hash of e.g. "contact:203.0.113.7",
 * so no address or email is stored; `npm run jobs` deletes windows that ended.
 */
export const rateLimits = table(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    /** Epoch milliseconds as a number. */
    windowStart: epochMs("window_start").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [index("rate_limits_window_idx").on(t.windowStart)],
);

/** A candidate's work history. The employer's name is for talent managers only, never public. */
export const candidateExperience = table(
  "candidate_experience",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    /** The kind of company, e.g. "Fintech scale-up, 200 people": what the public reads instead of a name. */
    companyKind: text("company_kind").notNull(),
    employer: text("employer"),
    /** Months as "YYYY-MM"; no end month: the candidate works there now. */
    startMonth: text("start_month").notNull(),
    endMonth: text("end_month"),
    summary: text("summary").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("candidate_experience_user_idx").on(t.userId, t.startMonth),
    check("candidate_experience_months", sql`${t.endMonth} IS NULL OR ${t.endMonth} >= ${t.startMonth}`),
  ],
);

/** Notable projects a candidate describes (a few), public in the directory when they are listed. */
export const candidateProjects = table(
  "candidate_projects",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    summary: text("summary").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("candidate_projects_user_idx").on(t.userId, t.id)],
);

/** "How it works" on /how-it-works: the steps from a request to a hire, with how long each usually takes. */
export const processSteps = table(
  "process_steps",
  {
    id: id(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    /** Free text a talent manager keeps true, e.g. "1–2 business days". */
    duration: text("duration").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("process_steps_title_unique").on(t.title)],
);

/** The ways a company can hire through us (full-time, contract, a team). */
export const hiringModels = table(
  "hiring_models",
  {
    id: id(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    bestFor: text("best_for").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("hiring_models_name_unique").on(t.name)],
);

/** Questions buyers ask, answered; marked up as FAQPage JSON-LD. */
export const faqs = table(
  "faqs",
  {
    id: id(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("faqs_question_unique").on(t.question)],
);

export const talentExpertsRelations = relations(talentExperts, ({ many }) => ({
  workingHours: many(expertWorkingHours),
  timeOff: many(expertTimeOff),
  bookings: many(bookings),
}));
export const expertWorkingHoursRelations = relations(expertWorkingHours, ({ one }) => ({
  expert: one(talentExperts, { fields: [expertWorkingHours.expertId], references: [talentExperts.id] }),
}));
export const expertTimeOffRelations = relations(expertTimeOff, ({ one }) => ({
  expert: one(talentExperts, { fields: [expertTimeOff.expertId], references: [talentExperts.id] }),
}));
export const bookingsRelations = relations(bookings, ({ one }) => ({
  expert: one(talentExperts, { fields: [bookings.expertId], references: [talentExperts.id] }),
  contactRequest: one(contactRequests, { fields: [bookings.contactRequestId], references: [contactRequests.id] }),
}));
export const contactRequestsRelations = relations(contactRequests, ({ many }) => ({
  bookings: many(bookings),
}));

export const rolesRelations = relations(roles, ({ many }) => ({
  seniorityLevels: many(seniorityLevels),
  useCases: many(useCases),
  quickFacts: many(quickFacts),
  technologies: many(technologies),
  tools: many(tools),
}));
export const seniorityLevelsRelations = relations(seniorityLevels, ({ one }) => ({
  role: one(roles, { fields: [seniorityLevels.roleId], references: [roles.id] }),
}));
export const useCasesRelations = relations(useCases, ({ one }) => ({
  role: one(roles, { fields: [useCases.roleId], references: [roles.id] }),
}));
export const quickFactsRelations = relations(quickFacts, ({ one }) => ({
  role: one(roles, { fields: [quickFacts.roleId], references: [roles.id] }),
}));
export const technologiesRelations = relations(technologies, ({ one }) => ({
  role: one(roles, { fields: [technologies.roleId], references: [roles.id] }),
}));
export const toolsRelations = relations(tools, ({ one }) => ({
  role: one(roles, { fields: [tools.roleId], references: [roles.id] }),
}));
export const guidesRelations = relations(guides, ({ many }) => ({
  sections: many(guideSections),
  comparisonRows: many(comparisonRows),
}));
export const guideSectionsRelations = relations(guideSections, ({ one }) => ({
  guide: one(guides, { fields: [guideSections.guideId], references: [guides.id] }),
}));
export const comparisonRowsRelations = relations(comparisonRows, ({ one }) => ({
  guide: one(guides, { fields: [comparisonRows.guideId], references: [guides.id] }),
}));

export type Role = typeof roles.$inferSelect;
export type NewRole = typeof roles.$inferInsert;
export type SeniorityLevel = typeof seniorityLevels.$inferSelect;
export type NewSeniorityLevel = typeof seniorityLevels.$inferInsert;
export type UseCase = typeof useCases.$inferSelect;
export type QuickFact = typeof quickFacts.$inferSelect;
export type Technology = typeof technologies.$inferSelect;
export type Tool = typeof tools.$inferSelect;
export type Guide = typeof guides.$inferSelect;
export type GuideSection = typeof guideSections.$inferSelect;
export type ComparisonRow = typeof comparisonRows.$inferSelect;
export type TalentExpert = typeof talentExperts.$inferSelect;
export type ContactRequest = typeof contactRequests.$inferSelect;
export type NewContactRequest = typeof contactRequests.$inferInsert;
export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;
export type OutboxMessage = typeof outbox.$inferSelect;
export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type CandidateProfile = typeof candidateProfiles.$inferSelect;
