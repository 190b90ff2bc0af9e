ALTER TABLE `candidate_profiles` ADD `rating` integer CHECK (`rating` IS NULL OR `rating` BETWEEN 1 AND 5);--> statement-breakpoint
CREATE INDEX `candidate_profiles_submitted_idx` ON `candidate_profiles` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `candidate_profiles_stage_updated_idx` ON `candidate_profiles` (`stage`,`updated_at`);--> statement-breakpoint
ALTER TABLE `contact_requests` ADD `assignee_id` integer REFERENCES users(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `contact_requests_created_idx` ON `contact_requests` (`created_at`);--> statement-breakpoint
CREATE INDEX `contact_requests_assignee_created_idx` ON `contact_requests` (`assignee_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `contact_requests_seniority_created_idx` ON `contact_requests` (`seniority`,`created_at`);--> statement-breakpoint
CREATE INDEX `contact_requests_status_updated_idx` ON `contact_requests` (`status`,`updated_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `email_canonical` text;--> statement-breakpoint
CREATE INDEX `users_email_canonical_idx` ON `users` (`email_canonical`);--> statement-breakpoint
-- Backfill: lower-cased address without a +tag; Gmail ignores dots and has two domains.
UPDATE `users` SET `email_canonical` = (
  SELECT CASE WHEN domain IN ('gmail.com', 'googlemail.com') THEN replace(base, '.', '') || '@gmail.com' ELSE base || '@' || domain END
  FROM (
    SELECT
      CASE WHEN instr(local, '+') > 0 THEN substr(local, 1, instr(local, '+') - 1) ELSE local END AS base,
      domain
    FROM (SELECT substr(`email_normalized`, 1, instr(`email_normalized`, '@') - 1) AS local, substr(`email_normalized`, instr(`email_normalized`, '@') + 1) AS domain)
  )
) WHERE `anonymized_at` IS NULL AND instr(`email_normalized`, '@') > 0;--> statement-breakpoint
-- Full-text search over candidates (rowid = users.id), kept in step by triggers.
CREATE VIRTUAL TABLE `candidate_search` USING fts5(`name`, `headline`, `skills`, tokenize = 'unicode61 remove_diacritics 2');--> statement-breakpoint
INSERT INTO `candidate_search` (`rowid`, `name`, `headline`, `skills`)
  SELECT `users`.`id`, `users`.`name`, `candidate_profiles`.`headline`, `candidate_profiles`.`skills`
  FROM `candidate_profiles` JOIN `users` ON `users`.`id` = `candidate_profiles`.`user_id`;--> statement-breakpoint
CREATE TRIGGER `candidate_search_insert` AFTER INSERT ON `candidate_profiles` BEGIN
  INSERT INTO `candidate_search` (`rowid`, `name`, `headline`, `skills`) SELECT `id`, `name`, NEW.`headline`, NEW.`skills` FROM `users` WHERE `id` = NEW.`user_id`;
END;--> statement-breakpoint
CREATE TRIGGER `candidate_search_update` AFTER UPDATE OF `headline`, `skills` ON `candidate_profiles` BEGIN
  UPDATE `candidate_search` SET `headline` = NEW.`headline`, `skills` = NEW.`skills` WHERE `rowid` = NEW.`user_id`;
END;--> statement-breakpoint
CREATE TRIGGER `candidate_search_delete` AFTER DELETE ON `candidate_profiles` BEGIN
  DELETE FROM `candidate_search` WHERE `rowid` = OLD.`user_id`;
END;--> statement-breakpoint
CREATE TRIGGER `candidate_search_rename` AFTER UPDATE OF `name` ON `users` BEGIN
  UPDATE `candidate_search` SET `name` = NEW.`name` WHERE `rowid` = NEW.`id`;
END;--> statement-breakpoint
-- Substring search over requests (trigram: "acm" finds "Acme"), rowid = contact_requests.id.
CREATE VIRTUAL TABLE `request_search` USING fts5(`name`, `company`, `email`, tokenize = 'trigram');--> statement-breakpoint
INSERT INTO `request_search` (`rowid`, `name`, `company`, `email`) SELECT `id`, `name`, `company`, `email_normalized` FROM `contact_requests`;--> statement-breakpoint
CREATE TRIGGER `request_search_insert` AFTER INSERT ON `contact_requests` BEGIN
  INSERT INTO `request_search` (`rowid`, `name`, `company`, `email`) VALUES (NEW.`id`, NEW.`name`, NEW.`company`, NEW.`email_normalized`);
END;--> statement-breakpoint
CREATE TRIGGER `request_search_update` AFTER UPDATE OF `name`, `company`, `email_normalized` ON `contact_requests` BEGIN
  UPDATE `request_search` SET `name` = NEW.`name`, `company` = NEW.`company`, `email` = NEW.`email_normalized` WHERE `rowid` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `request_search_delete` AFTER DELETE ON `contact_requests` BEGIN
  DELETE FROM `request_search` WHERE `rowid` = OLD.`id`;
END;
