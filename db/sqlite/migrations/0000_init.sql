CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `activities_subject_idx` ON `activities` (`subject_type`,`subject_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `app_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`details` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_events_created_idx` ON `audit_events` (`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_action_idx` ON `audit_events` (`action`,`created_at`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`expert_id` integer NOT NULL,
	`contact_request_id` integer,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`status` text DEFAULT 'confirmed' NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_normalized` text NOT NULL,
	`company` text NOT NULL,
	`hiring_for` text NOT NULL,
	`visitor_time_zone` text NOT NULL,
	`manage_token_hash` text NOT NULL,
	`reminder_sent_at` integer,
	`cancelled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`expert_id`) REFERENCES `talent_experts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "bookings_range" CHECK("bookings"."ends_at" > "bookings"."starts_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_reference_unique` ON `bookings` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_manage_token_unique` ON `bookings` (`manage_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_active_slot_unique` ON `bookings` (`expert_id`,`starts_at`) WHERE status = 'confirmed';--> statement-breakpoint
CREATE INDEX `bookings_expert_time_idx` ON `bookings` (`expert_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `bookings_status_time_idx` ON `bookings` (`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `bookings_email_idx` ON `bookings` (`email_normalized`);--> statement-breakpoint
CREATE TABLE `candidate_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`seniority` text,
	`years_experience` integer,
	`skills` text DEFAULT '[]' NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`time_zone` text,
	`english_level` text,
	`expected_salary` integer,
	`salary_currency` text DEFAULT 'USD' NOT NULL,
	`availability` text,
	`earliest_start` text,
	`github_url` text,
	`linkedin_url` text,
	`portfolio_url` text,
	`cv_file_key` text,
	`cv_file_name` text,
	`cv_content_type` text,
	`cv_size` integer,
	`cv_uploaded_at` integer,
	`consent_at` integer,
	`stage` text DEFAULT 'draft' NOT NULL,
	`submitted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "candidate_profiles_years" CHECK("candidate_profiles"."years_experience" IS NULL OR "candidate_profiles"."years_experience" BETWEEN 0 AND 60),
	CONSTRAINT "candidate_profiles_salary" CHECK("candidate_profiles"."expected_salary" IS NULL OR "candidate_profiles"."expected_salary" BETWEEN 0 AND 10000000)
);
--> statement-breakpoint
CREATE INDEX `candidate_profiles_stage_idx` ON `candidate_profiles` (`stage`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `candidate_stage_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`stage` text NOT NULL,
	`reason` text,
	`changed_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `candidate_stage_events_user_idx` ON `candidate_stage_events` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `comparison_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`guide_id` integer NOT NULL,
	`aspect` text NOT NULL,
	`frontend` text NOT NULL,
	`backend` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`guide_id`) REFERENCES `guides`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `comparison_rows_guide_aspect_unique` ON `comparison_rows` (`guide_id`,`aspect`);--> statement-breakpoint
CREATE TABLE `contact_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_normalized` text NOT NULL,
	`company` text NOT NULL,
	`role` text NOT NULL,
	`seniority` text NOT NULL,
	`developers` integer NOT NULL,
	`desired_start` text NOT NULL,
	`budget` text,
	`message` text NOT NULL,
	`source_page` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`lost_reason` text,
	`consent_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "contact_requests_developers" CHECK("contact_requests"."developers" BETWEEN 1 AND 500)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contact_requests_reference_unique` ON `contact_requests` (`reference`);--> statement-breakpoint
CREATE INDEX `contact_requests_email_idx` ON `contact_requests` (`email_normalized`);--> statement-breakpoint
CREATE INDEX `contact_requests_status_created_idx` ON `contact_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `expert_time_off` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`expert_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`expert_id`) REFERENCES `talent_experts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "expert_time_off_range" CHECK("expert_time_off"."ends_at" > "expert_time_off"."starts_at")
);
--> statement-breakpoint
CREATE INDEX `expert_time_off_expert_idx` ON `expert_time_off` (`expert_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `expert_working_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`expert_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	FOREIGN KEY (`expert_id`) REFERENCES `talent_experts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "expert_working_hours_range" CHECK("expert_working_hours"."weekday" BETWEEN 1 AND 7 AND "expert_working_hours"."start_minute" >= 0 AND "expert_working_hours"."end_minute" <= 1440 AND "expert_working_hours"."end_minute" > "expert_working_hours"."start_minute")
);
--> statement-breakpoint
CREATE INDEX `expert_working_hours_expert_idx` ON `expert_working_hours` (`expert_id`,`weekday`);--> statement-breakpoint
CREATE TABLE `guide_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`guide_id` integer NOT NULL,
	`key` text NOT NULL,
	`heading` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`items` text DEFAULT '[]' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`guide_id`) REFERENCES `guides`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `guide_sections_guide_key_unique` ON `guide_sections` (`guide_id`,`key`);--> statement-breakpoint
CREATE TABLE `guides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`published_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `guides_slug_unique` ON `guides` (`slug`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`dedupe_key` text,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` integer NOT NULL,
	`sent_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_unique` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_status_next_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `password_reset_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `password_reset_tokens_hash_unique` ON `password_reset_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `password_reset_tokens_user_idx` ON `password_reset_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`proposed_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_request_candidate_unique` ON `proposals` (`request_id`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `proposals_candidate_idx` ON `proposals` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `quick_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role_id` integer NOT NULL,
	`label` text NOT NULL,
	`text` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quick_facts_role_label_unique` ON `quick_facts` (`role_id`,`label`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`headline` text NOT NULL,
	`summary` text NOT NULL,
	`salary_year` integer NOT NULL,
	`salary_currency` text DEFAULT 'USD' NOT NULL,
	`featured` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "roles_slug_format" CHECK("roles"."slug" GLOB '[a-z0-9]*' AND "roles"."slug" NOT GLOB '*[^a-z0-9-]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_slug_unique` ON `roles` (`slug`);--> statement-breakpoint
CREATE TABLE `seniority_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role_id` integer NOT NULL,
	`name` text NOT NULL,
	`years_min` integer NOT NULL,
	`years_max` integer,
	`responsibilities` text NOT NULL,
	`salary` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "seniority_levels_years" CHECK("seniority_levels"."years_min" >= 0 AND ("seniority_levels"."years_max" IS NULL OR "seniority_levels"."years_max" > "seniority_levels"."years_min")),
	CONSTRAINT "seniority_levels_salary" CHECK("seniority_levels"."salary" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seniority_levels_role_name_unique` ON `seniority_levels` (`role_id`,`name`);--> statement-breakpoint
CREATE TABLE `talent_experts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`bio` text NOT NULL,
	`email` text NOT NULL,
	`time_zone` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`call_minutes` integer DEFAULT 30 NOT NULL,
	`buffer_minutes` integer DEFAULT 10 NOT NULL,
	`min_notice_minutes` integer DEFAULT 720 NOT NULL,
	`horizon_days` integer DEFAULT 21 NOT NULL,
	`max_calls_per_day` integer DEFAULT 6 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "talent_experts_booking_rules" CHECK("talent_experts"."call_minutes" BETWEEN 10 AND 240 AND "talent_experts"."buffer_minutes" BETWEEN 0 AND 240 AND "talent_experts"."min_notice_minutes" >= 0 AND "talent_experts"."horizon_days" BETWEEN 1 AND 365 AND "talent_experts"."max_calls_per_day" BETWEEN 1 AND 48)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `talent_experts_slug_unique` ON `talent_experts` (`slug`);--> statement-breakpoint
CREATE INDEX `talent_experts_active_idx` ON `talent_experts` (`active`);--> statement-breakpoint
CREATE TABLE `technologies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role_id` integer NOT NULL,
	`name` text NOT NULL,
	`creator` text NOT NULL,
	`year` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "technologies_year" CHECK("technologies"."year" BETWEEN 1900 AND 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `technologies_role_name_unique` ON `technologies` (`role_id`,`name`);--> statement-breakpoint
CREATE TABLE `tools` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tools_role_name_unique` ON `tools` (`role_id`,`name`);--> statement-breakpoint
CREATE TABLE `use_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `use_cases_role_title_unique` ON `use_cases` (`role_id`,`title`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_normalized` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'candidate' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sessions_valid_after` integer,
	`anonymized_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email_normalized`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`,`active`);