ALTER TABLE `plan` ADD `owner_load_limit` integer DEFAULT 8 NOT NULL;--> statement-breakpoint
CREATE INDEX `goal_objective_link_objective` ON `goal_objective_link` (`objective_id`);--> statement-breakpoint
CREATE INDEX `tactic_goal_link_goal` ON `tactic_goal_link` (`goal_id`);