-- Was three (SQLite) / four (PostgreSQL) migrations on its branch (counts and skill rows, daily counts,
-- directory indexes, the open-requests index), joined at the merge after calendar_feeds took their numbers.
CREATE TABLE "candidate_skills" (
	"user_id" integer NOT NULL,
	"skill" text NOT NULL,
	"listed" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_counts" (
	"subject" text NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "candidate_profiles_skills_idx";--> statement-breakpoint
ALTER TABLE "candidate_skills" ADD CONSTRAINT "candidate_skills_user_id_candidate_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."candidate_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_skills_user_skill_unique" ON "candidate_skills" USING btree ("user_id","skill");--> statement-breakpoint
CREATE INDEX "candidate_skills_skill_idx" ON "candidate_skills" USING btree ("skill","listed","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "status_counts_subject_status_unique" ON "status_counts" USING btree ("subject","status");--> statement-breakpoint
CREATE INDEX "candidate_profiles_directory_experience_idx" ON "candidate_profiles" USING btree ("stage",("years_experience" IS NULL),"years_experience" DESC,"listed_at" DESC,"user_id" DESC,"time_zone") WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;--> statement-breakpoint
CREATE INDEX "candidate_profiles_directory_start_idx" ON "candidate_profiles" USING btree ("stage",("earliest_start" IS NULL),"earliest_start","listed_at" DESC,"user_id" DESC,"time_zone") WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;--> statement-breakpoint
-- candidate_skills: each profile's skills lower-cased (as the skill filter compares them), and whether the
-- profile is listed in the directory (db/queries/directory.ts's condition), kept by this trigger.
INSERT INTO "candidate_skills" ("user_id", "skill", "listed")
  SELECT "user_id", lower(skill), "stage" = 'vetted' AND "listed_at" IS NOT NULL AND "hidden_at" IS NULL
  FROM "candidate_profiles", jsonb_array_elements_text("candidate_profiles"."skills") AS skill
  ON CONFLICT DO NOTHING;--> statement-breakpoint
-- The planner chooses between the skill's rows and the list's order by how many hold a skill: it needs
-- the new table's statistics now, not when autovacuum gets to it.
ANALYZE "candidate_skills";--> statement-breakpoint
CREATE FUNCTION "candidate_skills_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  now_listed boolean := NEW."stage" = 'vetted' AND NEW."listed_at" IS NOT NULL AND NEW."hidden_at" IS NULL;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."skills" = OLD."skills" THEN
    UPDATE "candidate_skills" SET "listed" = now_listed WHERE "user_id" = NEW."user_id" AND "listed" <> now_listed;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM "candidate_skills" WHERE "user_id" = NEW."user_id";
  END IF;
  INSERT INTO "candidate_skills" ("user_id", "skill", "listed")
    SELECT NEW."user_id", lower(skill), now_listed FROM jsonb_array_elements_text(NEW."skills") AS skill
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "candidate_skills_insert" AFTER INSERT ON "candidate_profiles"
  FOR EACH ROW EXECUTE FUNCTION "candidate_skills_sync"();--> statement-breakpoint
CREATE TRIGGER "candidate_skills_update" AFTER UPDATE OF "skills", "stage", "listed_at", "hidden_at" ON "candidate_profiles"
  FOR EACH ROW EXECUTE FUNCTION "candidate_skills_sync"();--> statement-breakpoint
-- status_counts: requests per status and profiles per stage, changed with every statement (deletes through
-- foreign keys included), once per statement from its transition tables: a bulk insert of 5,000 rows
-- updates each count once, not 5,000 times. Counts are changed in status order, so two transactions
-- take their rows' locks in the same order. A count that reaches 0 loses its row, so the rows are those a
-- recount would make.
INSERT INTO "status_counts" ("subject", "status", "n") SELECT 'request', "status", count(*) FROM "contact_requests" GROUP BY "status";--> statement-breakpoint
INSERT INTO "status_counts" ("subject", "status", "n") SELECT 'candidate', "stage", count(*) FROM "candidate_profiles" GROUP BY "stage";--> statement-breakpoint
CREATE FUNCTION "status_counts_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- TG_ARGV: the subject counted, and the column holding its status.
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %I AS status, 1 AS change FROM new_rows', TG_ARGV[1])
    WHEN 'DELETE' THEN format('SELECT %I AS status, -1 AS change FROM old_rows', TG_ARGV[1])
    ELSE format('SELECT %1$I AS status, 1 AS change FROM new_rows UNION ALL SELECT %1$I, -1 FROM old_rows', TG_ARGV[1])
  END;
BEGIN
  EXECUTE format(
    'INSERT INTO status_counts (subject, status, n)
       SELECT $1, status, sum(change) FROM (%s) AS changes GROUP BY status HAVING sum(change) <> 0 ORDER BY status
     ON CONFLICT (subject, status) DO UPDATE SET n = status_counts.n + excluded.n',
    changes
  ) USING TG_ARGV[0];
  DELETE FROM status_counts WHERE subject = TG_ARGV[0] AND n = 0;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "status_counts_request_insert" AFTER INSERT ON "contact_requests" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "status_counts_change"('request', 'status');--> statement-breakpoint
CREATE TRIGGER "status_counts_request_update" AFTER UPDATE ON "contact_requests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "status_counts_change"('request', 'status');--> statement-breakpoint
CREATE TRIGGER "status_counts_request_delete" AFTER DELETE ON "contact_requests" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "status_counts_change"('request', 'status');--> statement-breakpoint
CREATE TRIGGER "status_counts_candidate_insert" AFTER INSERT ON "candidate_profiles" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "status_counts_change"('candidate', 'stage');--> statement-breakpoint
CREATE TRIGGER "status_counts_candidate_update" AFTER UPDATE ON "candidate_profiles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "status_counts_change"('candidate', 'stage');--> statement-breakpoint
CREATE TRIGGER "status_counts_candidate_delete" AFTER DELETE ON "candidate_profiles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "status_counts_change"('candidate', 'stage');
--> statement-breakpoint
CREATE TABLE "daily_counts" (
	"subject" text NOT NULL,
	"day" integer NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "daily_counts_subject_day_unique" ON "daily_counts" USING btree ("subject","day");--> statement-breakpoint
-- daily_counts: requests received and applications submitted per UTC day (days since 1970-01-01),
-- changed once per statement like status_counts (migration 0012); a day whose count reaches 0 loses its row.
INSERT INTO "daily_counts" ("subject", "day", "n")
  SELECT 'request', floor(extract(epoch FROM "created_at") / 86400)::integer, count(*) FROM "contact_requests" GROUP BY 2;--> statement-breakpoint
INSERT INTO "daily_counts" ("subject", "day", "n")
  SELECT 'application', floor(extract(epoch FROM "submitted_at") / 86400)::integer, count(*) FROM "candidate_profiles"
  WHERE "submitted_at" IS NOT NULL GROUP BY 2;--> statement-breakpoint
CREATE FUNCTION "daily_counts_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- TG_ARGV: the subject counted, and the column holding the instant its day is counted by.
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %I AS at, 1 AS change FROM new_rows', TG_ARGV[1])
    WHEN 'DELETE' THEN format('SELECT %I AS at, -1 AS change FROM old_rows', TG_ARGV[1])
    ELSE format('SELECT %1$I AS at, 1 AS change FROM new_rows UNION ALL SELECT %1$I, -1 FROM old_rows', TG_ARGV[1])
  END;
BEGIN
  EXECUTE format(
    'INSERT INTO daily_counts (subject, day, n)
       SELECT $1, floor(extract(epoch FROM at) / 86400)::integer AS day, sum(change) FROM (%s) AS changes
       WHERE at IS NOT NULL GROUP BY 2 HAVING sum(change) <> 0 ORDER BY 2
     ON CONFLICT (subject, day) DO UPDATE SET n = daily_counts.n + excluded.n',
    changes
  ) USING TG_ARGV[0];
  DELETE FROM daily_counts WHERE subject = TG_ARGV[0] AND n = 0;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "daily_counts_request_insert" AFTER INSERT ON "contact_requests" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "daily_counts_change"('request', 'created_at');--> statement-breakpoint
CREATE TRIGGER "daily_counts_request_update" AFTER UPDATE ON "contact_requests" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "daily_counts_change"('request', 'created_at');--> statement-breakpoint
CREATE TRIGGER "daily_counts_request_delete" AFTER DELETE ON "contact_requests" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "daily_counts_change"('request', 'created_at');--> statement-breakpoint
CREATE TRIGGER "daily_counts_application_insert" AFTER INSERT ON "candidate_profiles" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "daily_counts_change"('application', 'submitted_at');--> statement-breakpoint
CREATE TRIGGER "daily_counts_application_update" AFTER UPDATE ON "candidate_profiles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "daily_counts_change"('application', 'submitted_at');--> statement-breakpoint
CREATE TRIGGER "daily_counts_application_delete" AFTER DELETE ON "candidate_profiles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "daily_counts_change"('application', 'submitted_at');
--> statement-breakpoint
CREATE INDEX "candidate_profiles_directory_zone_idx" ON "candidate_profiles" USING btree ("stage","time_zone") WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;--> statement-breakpoint
CREATE INDEX "candidate_profiles_directory_seniority_idx" ON "candidate_profiles" USING btree ("stage","seniority","listed_at","user_id","availability") WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;
--> statement-breakpoint
DROP INDEX "contact_requests_open_updated_idx";--> statement-breakpoint
CREATE INDEX "contact_requests_open_updated_idx" ON "contact_requests" USING btree ("updated_at","id") WHERE status IN ('new', 'contacted', 'qualified', 'proposal', 'interviewing');
