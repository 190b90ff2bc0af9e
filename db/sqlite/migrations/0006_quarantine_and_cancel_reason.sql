CREATE TABLE `contact_quarantine` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reason` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`company` text NOT NULL,
	`role` text NOT NULL,
	`seniority` text NOT NULL,
	`developers` integer NOT NULL,
	`desired_start` text NOT NULL,
	`budget` text,
	`message` text NOT NULL,
	`source_page` text NOT NULL,
	`restored_request_id` integer,
	`restored_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`restored_request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `contact_quarantine_created_idx` ON `contact_quarantine` (`restored_at`,`created_at`);--> statement-breakpoint
ALTER TABLE `bookings` ADD `cancel_reason` text;