CREATE TABLE `candidate_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "candidate_hours_range" CHECK("candidate_hours"."weekday" BETWEEN 1 AND 7 AND "candidate_hours"."start_minute" >= 0 AND "candidate_hours"."end_minute" <= 1440 AND "candidate_hours"."end_minute" > "candidate_hours"."start_minute")
);
--> statement-breakpoint
CREATE INDEX `candidate_hours_user_idx` ON `candidate_hours` (`user_id`,`weekday`);--> statement-breakpoint
CREATE TABLE `candidate_time_off` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "candidate_time_off_range" CHECK("candidate_time_off"."ends_at" > "candidate_time_off"."starts_at")
);
--> statement-breakpoint
CREATE INDEX `candidate_time_off_user_idx` ON `candidate_time_off` (`user_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `email_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_templates_name_unique` ON `email_templates` (`name`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`proposal_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`request_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`status` text DEFAULT 'confirmed' NOT NULL,
	`meeting_link` text NOT NULL,
	`company_time_zone` text NOT NULL,
	`ics_sequence` integer DEFAULT 0 NOT NULL,
	`cancelled_at` integer,
	`cancelled_by` text,
	`cancel_reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "interviews_range" CHECK("interviews"."ends_at" > "interviews"."starts_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interviews_reference_unique` ON `interviews` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `interviews_candidate_slot_unique` ON `interviews` (`candidate_id`,`starts_at`) WHERE status = 'confirmed';--> statement-breakpoint
CREATE UNIQUE INDEX `interviews_proposal_active_unique` ON `interviews` (`proposal_id`) WHERE status = 'confirmed';--> statement-breakpoint
CREATE INDEX `interviews_request_idx` ON `interviews` (`request_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `scorecards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`proposal_id` integer,
	`author_id` integer,
	`ratings` text NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`concerns` text DEFAULT '' NOT NULL,
	`recommendation` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `scorecards_candidate_idx` ON `scorecards` (`candidate_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `shortlists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`sent_to` text NOT NULL,
	`sent_by_id` integer,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sent_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shortlists_token_hash_unique` ON `shortlists` (`token_hash`);--> statement-breakpoint
CREATE INDEX `shortlists_request_idx` ON `shortlists` (`request_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `share_scorecard` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `reply_to` text;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`candidate_id` integer NOT NULL,
	`proposed_by_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`company_name_shown` integer DEFAULT false NOT NULL,
	`candidate_answer` text DEFAULT 'pending' NOT NULL,
	`candidate_answered_at` integer,
	`shared_at` integer,
	`company_answer` text DEFAULT 'pending' NOT NULL,
	`company_reason` text,
	`company_comment` text,
	`company_answered_at` integer,
	`suggested_times` text DEFAULT '[]' NOT NULL,
	`suggested_meeting_link` text,
	`suggested_time_zone` text,
	`outcome` text,
	`outcome_reason` text,
	`outcome_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "proposals_company_answer" CHECK("__new_proposals"."company_answer" = 'pending' OR ("__new_proposals"."shared_at" IS NOT NULL AND "__new_proposals"."candidate_answer" = 'interested')),
	CONSTRAINT "proposals_outcome" CHECK("__new_proposals"."outcome" IS NULL OR "__new_proposals"."company_answer" = 'interview')
);
--> statement-breakpoint
INSERT INTO `__new_proposals`("id", "request_id", "candidate_id", "proposed_by_id", "created_at") SELECT "id", "request_id", "candidate_id", "proposed_by_id", "created_at" FROM `proposals`;--> statement-breakpoint
DROP TABLE `proposals`;--> statement-breakpoint
ALTER TABLE `__new_proposals` RENAME TO `proposals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_request_candidate_unique` ON `proposals` (`request_id`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `proposals_candidate_idx` ON `proposals` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `bookings_request_idx` ON `bookings` (`contact_request_id`,`created_at`);