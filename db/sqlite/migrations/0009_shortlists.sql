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
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "proposals_company_answer" CHECK("__new_proposals"."company_answer" = 'pending' OR ("__new_proposals"."shared_at" IS NOT NULL AND "__new_proposals"."candidate_answer" = 'interested'))
);
--> statement-breakpoint
INSERT INTO `__new_proposals`("id", "request_id", "candidate_id", "proposed_by_id", "created_at") SELECT "id", "request_id", "candidate_id", "proposed_by_id", "created_at" FROM `proposals`;--> statement-breakpoint
DROP TABLE `proposals`;--> statement-breakpoint
ALTER TABLE `__new_proposals` RENAME TO `proposals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_request_candidate_unique` ON `proposals` (`request_id`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `proposals_candidate_idx` ON `proposals` (`candidate_id`);