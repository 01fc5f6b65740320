ALTER TABLE `plan` ADD `week_start` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plan` ADD `fiscal_year_start` integer DEFAULT 1 NOT NULL;