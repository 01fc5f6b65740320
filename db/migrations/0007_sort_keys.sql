-- Sibling order becomes a fractional-indexing key (sort_key text) instead of an integer that every insert
-- renumbered. Each table is rebuilt (SQLite cannot add a NOT NULL column without a default); the existing order
-- is kept: the n-th row by the old sort_order gets the 4-digit integer key 'd' + base-62(n), the form the
-- fractional-indexing package itself uses for integers (room for 62^4 = 14,776,336 rows per table).
-- migrate.ts runs this with foreign_keys OFF in one transaction and checks foreign keys before committing.
--> statement-breakpoint
CREATE TABLE `__new_department` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`head` text,
	`sort_key` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_department`(`id`, `name`, `head`, `sort_key`) SELECT `id`, `name`, `head`, 'd' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 238328) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 3844) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 62) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', r % 62 + 1, 1) FROM (SELECT *, row_number() OVER (ORDER BY `sort_order`, rowid) - 1 AS r FROM `department`);
--> statement-breakpoint
DROP TABLE `department`;
--> statement-breakpoint
ALTER TABLE `__new_department` RENAME TO `department`;
--> statement-breakpoint
CREATE TABLE `__new_objective` (
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
	`carried_from` text,
	`sort_key` text NOT NULL,
	CONSTRAINT "objective_horizon" CHECK("__new_objective"."horizon" in ('breakthrough', 'annual')),
	CONSTRAINT "objective_kpi_direction" CHECK("__new_objective"."kpi_direction" is null or "__new_objective"."kpi_direction" in ('increase', 'decrease'))
);
--> statement-breakpoint
INSERT INTO `__new_objective`(`id`, `code`, `title`, `description`, `horizon`, `owner`, `kpi_name`, `kpi_unit`, `kpi_baseline`, `kpi_target`, `kpi_direction`, `carried_from`, `sort_key`) SELECT `id`, `code`, `title`, `description`, `horizon`, `owner`, `kpi_name`, `kpi_unit`, `kpi_baseline`, `kpi_target`, `kpi_direction`, `carried_from`, 'd' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 238328) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 3844) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 62) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', r % 62 + 1, 1) FROM (SELECT *, row_number() OVER (ORDER BY `sort_order`, rowid) - 1 AS r FROM `objective`);
--> statement-breakpoint
DROP TABLE `objective`;
--> statement-breakpoint
ALTER TABLE `__new_objective` RENAME TO `objective`;
--> statement-breakpoint
CREATE TABLE `__new_goal` (
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
	`carried_from` text,
	`sort_key` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `department`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "goal_kpi_direction" CHECK("__new_goal"."kpi_direction" is null or "__new_goal"."kpi_direction" in ('increase', 'decrease'))
);
--> statement-breakpoint
INSERT INTO `__new_goal`(`id`, `department_id`, `code`, `title`, `description`, `owner`, `kpi_name`, `kpi_unit`, `kpi_baseline`, `kpi_target`, `kpi_direction`, `carried_from`, `sort_key`) SELECT `id`, `department_id`, `code`, `title`, `description`, `owner`, `kpi_name`, `kpi_unit`, `kpi_baseline`, `kpi_target`, `kpi_direction`, `carried_from`, 'd' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 238328) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 3844) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 62) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', r % 62 + 1, 1) FROM (SELECT *, row_number() OVER (ORDER BY `sort_order`, rowid) - 1 AS r FROM `goal`);
--> statement-breakpoint
DROP TABLE `goal`;
--> statement-breakpoint
ALTER TABLE `__new_goal` RENAME TO `goal`;
--> statement-breakpoint
CREATE INDEX `goal_department` ON `goal` (`department_id`);
--> statement-breakpoint
CREATE TABLE `__new_tactic` (
	`id` text PRIMARY KEY NOT NULL,
	`department_id` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`owner` text,
	`due` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`carried_from` text,
	`sort_key` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `department`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "tactic_status" CHECK("__new_tactic"."status" in ('not_started', 'on_track', 'at_risk', 'off_track', 'done')),
	CONSTRAINT "tactic_tags" CHECK(json_valid("__new_tactic"."tags") and json_type("__new_tactic"."tags") = 'array')
);
--> statement-breakpoint
INSERT INTO `__new_tactic`(`id`, `department_id`, `code`, `title`, `description`, `owner`, `due`, `status`, `tags`, `carried_from`, `sort_key`) SELECT `id`, `department_id`, `code`, `title`, `description`, `owner`, `due`, `status`, `tags`, `carried_from`, 'd' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 238328) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 3844) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', (r / 62) % 62 + 1, 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', r % 62 + 1, 1) FROM (SELECT *, row_number() OVER (ORDER BY `sort_order`, rowid) - 1 AS r FROM `tactic`);
--> statement-breakpoint
DROP TABLE `tactic`;
--> statement-breakpoint
ALTER TABLE `__new_tactic` RENAME TO `tactic`;
--> statement-breakpoint
CREATE INDEX `tactic_department` ON `tactic` (`department_id`);