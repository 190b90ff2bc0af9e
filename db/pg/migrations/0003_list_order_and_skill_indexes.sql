DROP INDEX "candidate_profiles_submitted_idx";--> statement-breakpoint
DROP INDEX "contact_requests_status_created_idx";--> statement-breakpoint
DROP INDEX "contact_requests_created_idx";--> statement-breakpoint
DROP INDEX "contact_requests_assignee_created_idx";--> statement-breakpoint
DROP INDEX "contact_requests_seniority_created_idx";--> statement-breakpoint
DROP INDEX "contact_requests_developers_idx";--> statement-breakpoint
DROP INDEX "contact_requests_status_developers_idx";--> statement-breakpoint
CREATE INDEX "candidate_profiles_open_updated_idx" ON "candidate_profiles" USING btree ("updated_at","user_id") WHERE stage IN ('submitted', 'screening', 'technical_interview');--> statement-breakpoint
CREATE INDEX "candidate_profiles_skills_idx" ON "candidate_profiles" USING gin ((lower("skills"::text)::jsonb) jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "contact_requests_open_updated_idx" ON "contact_requests" USING btree ("updated_at","id") WHERE status IN ('new', 'contacted', 'qualified', 'proposal');--> statement-breakpoint
CREATE INDEX "candidate_profiles_submitted_idx" ON "candidate_profiles" USING btree ("submitted_at","stage","availability","expected_salary","years_experience","seniority","user_id");--> statement-breakpoint
CREATE INDEX "contact_requests_status_created_idx" ON "contact_requests" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "contact_requests_created_idx" ON "contact_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "contact_requests_assignee_created_idx" ON "contact_requests" USING btree ("assignee_id","created_at","id");--> statement-breakpoint
CREATE INDEX "contact_requests_seniority_created_idx" ON "contact_requests" USING btree ("seniority","created_at","id");--> statement-breakpoint
CREATE INDEX "contact_requests_developers_idx" ON "contact_requests" USING btree ("developers","created_at","id");--> statement-breakpoint
CREATE INDEX "contact_requests_status_developers_idx" ON "contact_requests" USING btree ("status","developers","created_at","id");