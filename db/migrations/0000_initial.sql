CREATE TABLE `department` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`head` text,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `goal` (
	`id` text PRIMARY KEY NOT NULL,
	`department_id` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`owner` text,
	`kpi_name` text,
	`kpi_unit` text,
	`kpi_baseline` real,
	`kpi_target` real,
	`kpi_direction` text,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `department`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "goal_kpi_direction" CHECK("goal"."kpi_direction" is null or "goal"."kpi_direction" in ('increase', 'decrease'))
);
--> statement-breakpoint
CREATE INDEX `goal_department` ON `goal` (`department_id`);--> statement-breakpoint
CREATE TABLE `goal_objective_link` (
	`goal_id` text NOT NULL,
	`objective_id` text NOT NULL,
	`strength` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`goal_id`, `objective_id`),
	FOREIGN KEY (`goal_id`) REFERENCES `goal`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`objective_id`) REFERENCES `objective`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "goal_objective_link_strength" CHECK("goal_objective_link"."strength" in ('strong', 'medium', 'weak'))
);
--> statement-breakpoint
CREATE TABLE `objective` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`horizon` text NOT NULL,
	`owner` text,
	`kpi_name` text,
	`kpi_unit` text,
	`kpi_baseline` real,
	`kpi_target` real,
	`kpi_direction` text,
	`sort_order` integer NOT NULL,
	CONSTRAINT "objective_horizon" CHECK("objective"."horizon" in ('breakthrough', 'annual')),
	CONSTRAINT "objective_kpi_direction" CHECK("objective"."kpi_direction" is null or "objective"."kpi_direction" in ('increase', 'decrease'))
);
--> statement-breakpoint
CREATE TABLE `plan` (
	`singleton` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`id` text NOT NULL,
	`title` text NOT NULL,
	`organisation` text,
	`period_start` text,
	`period_end` text,
	`vision` text,
	CONSTRAINT "plan_singleton" CHECK("plan"."singleton" = 1)
);
--> statement-breakpoint
CREATE TABLE `tactic` (
	`id` text PRIMARY KEY NOT NULL,
	`department_id` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`owner` text,
	`due` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `department`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "tactic_status" CHECK("tactic"."status" in ('not_started', 'on_track', 'at_risk', 'off_track', 'done')),
	CONSTRAINT "tactic_tags" CHECK(json_valid("tactic"."tags") and json_type("tactic"."tags") = 'array')
);
--> statement-breakpoint
CREATE INDEX `tactic_department` ON `tactic` (`department_id`);--> statement-breakpoint
CREATE TABLE `tactic_goal_link` (
	`tactic_id` text NOT NULL,
	`goal_id` text NOT NULL,
	`strength` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`tactic_id`, `goal_id`),
	FOREIGN KEY (`tactic_id`) REFERENCES `tactic`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goal`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "tactic_goal_link_strength" CHECK("tactic_goal_link"."strength" in ('strong', 'medium', 'weak'))
);
