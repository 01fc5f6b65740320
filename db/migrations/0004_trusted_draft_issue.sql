ALTER TABLE `draft_issue` ADD `plan_id` text;--> statement-breakpoint
ALTER TABLE `draft_issue` ADD `base_hash` text;