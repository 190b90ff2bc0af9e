DROP INDEX `candidate_profiles_submitted_idx`;--> statement-breakpoint
CREATE INDEX `candidate_profiles_submitted_idx` ON `candidate_profiles` (`submitted_at`,`stage`,`availability`,`expected_salary`,`years_experience`,`seniority`);--> statement-breakpoint
CREATE INDEX `contact_requests_company_idx` ON `contact_requests` ("company" COLLATE NOCASE,"created_at" DESC,"id" DESC);--> statement-breakpoint
CREATE INDEX `contact_requests_developers_idx` ON `contact_requests` (`developers`,`created_at`);--> statement-breakpoint
CREATE INDEX `users_not_candidate_idx` ON `users` (`id`) WHERE role <> 'candidate' OR anonymized_at IS NOT NULL;