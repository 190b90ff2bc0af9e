-- Was three (SQLite) / four (PostgreSQL) migrations on its branch (counts and skill rows, daily counts,
-- directory indexes, the open-requests index), joined at the merge after calendar_feeds took their numbers.
CREATE TABLE `candidate_skills` (
	`user_id` integer NOT NULL,
	`skill` text NOT NULL,
	`listed` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `candidate_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidate_skills_user_skill_unique` ON `candidate_skills` (`user_id`,`skill`);--> statement-breakpoint
CREATE INDEX `candidate_skills_skill_idx` ON `candidate_skills` (`skill`,`listed`,`user_id`);--> statement-breakpoint
CREATE TABLE `status_counts` (
	`subject` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `status_counts_subject_status_unique` ON `status_counts` (`subject`,`status`);--> statement-breakpoint
CREATE INDEX `candidate_profiles_directory_experience_idx` ON `candidate_profiles` (`stage`,("years_experience" IS NULL),"years_experience" DESC,"listed_at" DESC,"user_id" DESC,`time_zone`) WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;--> statement-breakpoint
CREATE INDEX `candidate_profiles_directory_start_idx` ON `candidate_profiles` (`stage`,("earliest_start" IS NULL),`earliest_start`,"listed_at" DESC,"user_id" DESC,`time_zone`) WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;--> statement-breakpoint
-- candidate_skills: each profile's skills lower-cased (as the skill filter compares them), and whether the
-- profile is listed in the directory (db/queries/directory.ts's condition), kept by these triggers.
INSERT OR IGNORE INTO `candidate_skills` (`user_id`, `skill`, `listed`)
  SELECT `user_id`, lower(`value`), `stage` = 'vetted' AND `listed_at` IS NOT NULL AND `hidden_at` IS NULL
  FROM `candidate_profiles`, json_each(`candidate_profiles`.`skills`);--> statement-breakpoint
CREATE TRIGGER `candidate_skills_insert` AFTER INSERT ON `candidate_profiles` BEGIN
  INSERT OR IGNORE INTO `candidate_skills` (`user_id`, `skill`, `listed`)
    SELECT NEW.`user_id`, lower(`value`), NEW.`stage` = 'vetted' AND NEW.`listed_at` IS NOT NULL AND NEW.`hidden_at` IS NULL
    FROM json_each(NEW.`skills`);
END;--> statement-breakpoint
CREATE TRIGGER `candidate_skills_update` AFTER UPDATE OF `skills` ON `candidate_profiles` BEGIN
  DELETE FROM `candidate_skills` WHERE `user_id` = NEW.`user_id`;
  INSERT OR IGNORE INTO `candidate_skills` (`user_id`, `skill`, `listed`)
    SELECT NEW.`user_id`, lower(`value`), NEW.`stage` = 'vetted' AND NEW.`listed_at` IS NOT NULL AND NEW.`hidden_at` IS NULL
    FROM json_each(NEW.`skills`);
END;--> statement-breakpoint
CREATE TRIGGER `candidate_skills_listed` AFTER UPDATE OF `stage`, `listed_at`, `hidden_at` ON `candidate_profiles` BEGIN
  UPDATE `candidate_skills` SET `listed` = (NEW.`stage` = 'vetted' AND NEW.`listed_at` IS NOT NULL AND NEW.`hidden_at` IS NULL)
    WHERE `user_id` = NEW.`user_id`;
END;--> statement-breakpoint
-- status_counts: requests per status and profiles per stage, changed with every row (deletes through
-- foreign keys included); a count that reaches 0 loses its row, so the rows are those a recount would make.
INSERT INTO `status_counts` (`subject`, `status`, `n`) SELECT 'request', `status`, count(*) FROM `contact_requests` GROUP BY `status`;--> statement-breakpoint
INSERT INTO `status_counts` (`subject`, `status`, `n`) SELECT 'candidate', `stage`, count(*) FROM `candidate_profiles` GROUP BY `stage`;--> statement-breakpoint
CREATE TRIGGER `status_counts_request_insert` AFTER INSERT ON `contact_requests` BEGIN
  INSERT INTO `status_counts` (`subject`, `status`, `n`) VALUES ('request', NEW.`status`, 1)
    ON CONFLICT (`subject`, `status`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `status_counts_request_update` AFTER UPDATE OF `status` ON `contact_requests` WHEN OLD.`status` <> NEW.`status` BEGIN
  UPDATE `status_counts` SET `n` = `n` - 1 WHERE `subject` = 'request' AND `status` = OLD.`status`;
  DELETE FROM `status_counts` WHERE `subject` = 'request' AND `status` = OLD.`status` AND `n` = 0;
  INSERT INTO `status_counts` (`subject`, `status`, `n`) VALUES ('request', NEW.`status`, 1)
    ON CONFLICT (`subject`, `status`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `status_counts_request_delete` AFTER DELETE ON `contact_requests` BEGIN
  UPDATE `status_counts` SET `n` = `n` - 1 WHERE `subject` = 'request' AND `status` = OLD.`status`;
  DELETE FROM `status_counts` WHERE `subject` = 'request' AND `status` = OLD.`status` AND `n` = 0;
END;--> statement-breakpoint
CREATE TRIGGER `status_counts_candidate_insert` AFTER INSERT ON `candidate_profiles` BEGIN
  INSERT INTO `status_counts` (`subject`, `status`, `n`) VALUES ('candidate', NEW.`stage`, 1)
    ON CONFLICT (`subject`, `status`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `status_counts_candidate_update` AFTER UPDATE OF `stage` ON `candidate_profiles` WHEN OLD.`stage` <> NEW.`stage` BEGIN
  UPDATE `status_counts` SET `n` = `n` - 1 WHERE `subject` = 'candidate' AND `status` = OLD.`stage`;
  DELETE FROM `status_counts` WHERE `subject` = 'candidate' AND `status` = OLD.`stage` AND `n` = 0;
  INSERT INTO `status_counts` (`subject`, `status`, `n`) VALUES ('candidate', NEW.`stage`, 1)
    ON CONFLICT (`subject`, `status`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `status_counts_candidate_delete` AFTER DELETE ON `candidate_profiles` BEGIN
  UPDATE `status_counts` SET `n` = `n` - 1 WHERE `subject` = 'candidate' AND `status` = OLD.`stage`;
  DELETE FROM `status_counts` WHERE `subject` = 'candidate' AND `status` = OLD.`stage` AND `n` = 0;
END;
--> statement-breakpoint
CREATE TABLE `daily_counts` (
	`subject` text NOT NULL,
	`day` integer NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `daily_counts_subject_day_unique` ON `daily_counts` (`subject`,`day`);--> statement-breakpoint
-- daily_counts: requests received and applications submitted per UTC day (whole milliseconds / 86,400,000:
-- a default `now` is a real number),
-- changed with every row like status_counts (migration 0016); a day whose count reaches 0 loses its row.
INSERT INTO `daily_counts` (`subject`, `day`, `n`)
  SELECT 'request', CAST(`created_at` / 86400000 AS INTEGER), count(*) FROM `contact_requests` GROUP BY 2;--> statement-breakpoint
INSERT INTO `daily_counts` (`subject`, `day`, `n`)
  SELECT 'application', CAST(`submitted_at` / 86400000 AS INTEGER), count(*) FROM `candidate_profiles` WHERE `submitted_at` IS NOT NULL GROUP BY 2;--> statement-breakpoint
CREATE TRIGGER `daily_counts_request_insert` AFTER INSERT ON `contact_requests` BEGIN
  INSERT INTO `daily_counts` (`subject`, `day`, `n`) VALUES ('request', CAST(NEW.`created_at` / 86400000 AS INTEGER), 1)
    ON CONFLICT (`subject`, `day`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `daily_counts_request_update` AFTER UPDATE OF `created_at` ON `contact_requests`
  WHEN CAST(OLD.`created_at` / 86400000 AS INTEGER) <> CAST(NEW.`created_at` / 86400000 AS INTEGER) BEGIN
  UPDATE `daily_counts` SET `n` = `n` - 1 WHERE `subject` = 'request' AND `day` = CAST(OLD.`created_at` / 86400000 AS INTEGER);
  DELETE FROM `daily_counts` WHERE `subject` = 'request' AND `day` = CAST(OLD.`created_at` / 86400000 AS INTEGER) AND `n` = 0;
  INSERT INTO `daily_counts` (`subject`, `day`, `n`) VALUES ('request', CAST(NEW.`created_at` / 86400000 AS INTEGER), 1)
    ON CONFLICT (`subject`, `day`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `daily_counts_request_delete` AFTER DELETE ON `contact_requests` BEGIN
  UPDATE `daily_counts` SET `n` = `n` - 1 WHERE `subject` = 'request' AND `day` = CAST(OLD.`created_at` / 86400000 AS INTEGER);
  DELETE FROM `daily_counts` WHERE `subject` = 'request' AND `day` = CAST(OLD.`created_at` / 86400000 AS INTEGER) AND `n` = 0;
END;--> statement-breakpoint
CREATE TRIGGER `daily_counts_application_insert` AFTER INSERT ON `candidate_profiles` WHEN NEW.`submitted_at` IS NOT NULL BEGIN
  INSERT INTO `daily_counts` (`subject`, `day`, `n`) VALUES ('application', CAST(NEW.`submitted_at` / 86400000 AS INTEGER), 1)
    ON CONFLICT (`subject`, `day`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `daily_counts_application_update` AFTER UPDATE OF `submitted_at` ON `candidate_profiles`
  WHEN (CAST(OLD.`submitted_at` / 86400000 AS INTEGER)) IS NOT (CAST(NEW.`submitted_at` / 86400000 AS INTEGER)) BEGIN
  UPDATE `daily_counts` SET `n` = `n` - 1 WHERE `subject` = 'application' AND `day` = CAST(OLD.`submitted_at` / 86400000 AS INTEGER);
  DELETE FROM `daily_counts` WHERE `subject` = 'application' AND `day` = CAST(OLD.`submitted_at` / 86400000 AS INTEGER) AND `n` = 0;
  INSERT INTO `daily_counts` (`subject`, `day`, `n`) SELECT 'application', CAST(NEW.`submitted_at` / 86400000 AS INTEGER), 1
    WHERE NEW.`submitted_at` IS NOT NULL
    ON CONFLICT (`subject`, `day`) DO UPDATE SET `n` = `n` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `daily_counts_application_delete` AFTER DELETE ON `candidate_profiles` WHEN OLD.`submitted_at` IS NOT NULL BEGIN
  UPDATE `daily_counts` SET `n` = `n` - 1 WHERE `subject` = 'application' AND `day` = CAST(OLD.`submitted_at` / 86400000 AS INTEGER);
  DELETE FROM `daily_counts` WHERE `subject` = 'application' AND `day` = CAST(OLD.`submitted_at` / 86400000 AS INTEGER) AND `n` = 0;
END;
--> statement-breakpoint
CREATE INDEX `candidate_profiles_directory_zone_idx` ON `candidate_profiles` (`stage`,`time_zone`) WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;--> statement-breakpoint
CREATE INDEX `candidate_profiles_directory_seniority_idx` ON `candidate_profiles` (`stage`,`seniority`,`listed_at`,`user_id`,`availability`) WHERE stage = 'vetted' AND listed_at IS NOT NULL AND hidden_at IS NULL;
