CREATE TABLE `candidate_experience` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`company_kind` text NOT NULL,
	`employer` text,
	`start_month` text NOT NULL,
	`end_month` text,
	`summary` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "candidate_experience_months" CHECK("candidate_experience"."end_month" IS NULL OR "candidate_experience"."end_month" >= "candidate_experience"."start_month")
);
--> statement-breakpoint
CREATE INDEX `candidate_experience_user_idx` ON `candidate_experience` (`user_id`,`start_month`);--> statement-breakpoint
CREATE TABLE `candidate_projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `candidate_projects_user_idx` ON `candidate_projects` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `faqs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faqs_question_unique` ON `faqs` (`question`);--> statement-breakpoint
CREATE TABLE `hiring_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`best_for` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hiring_models_name_unique` ON `hiring_models` (`name`);--> statement-breakpoint
CREATE TABLE `process_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`duration` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `process_steps_title_unique` ON `process_steps` (`title`);--> statement-breakpoint
-- Hand-edited: drizzle-kit rebuilt candidate_profiles to add these columns, which would drop its
-- search triggers (migration 0001) and its unnamed rating CHECK. Adding columns keeps both.
ALTER TABLE `candidate_profiles` ADD `languages` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `workplace` text;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `engagement` text;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `hourly_rate` integer CONSTRAINT "candidate_profiles_hourly_rate" CHECK("hourly_rate" IS NULL OR "hourly_rate" BETWEEN 0 AND 10000);--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `public_id` text;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `display_name` text;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `listed_at` integer;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `hidden_at` integer;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `hidden_reason` text;--> statement-breakpoint
ALTER TABLE `candidate_profiles` ADD `hidden_by_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `candidate_profiles_public_id_unique` ON `candidate_profiles` (`public_id`);--> statement-breakpoint
CREATE INDEX `candidate_profiles_directory_idx` ON `candidate_profiles` (`stage`,`listed_at`,`user_id`,`seniority`,`availability`,`years_experience`,`time_zone`) WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;