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
