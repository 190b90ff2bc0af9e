ALTER TABLE `bookings` ADD `ics_sequence` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `talent_experts` ADD `meeting_link` text;