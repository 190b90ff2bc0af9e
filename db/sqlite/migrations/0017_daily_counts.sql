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
