CREATE TABLE `countermeasure` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`month` text NOT NULL,
	`root_cause` text NOT NULL,
	`action` text NOT NULL,
	`owner` text,
	`due` text,
	`status` text NOT NULL,
	`sort_order` integer NOT NULL,
	CONSTRAINT "countermeasure_status" CHECK("countermeasure"."status" in ('open', 'in_progress', 'done'))
);
--> statement-breakpoint
CREATE INDEX `countermeasure_item` ON `countermeasure` (`item_id`);--> statement-breakpoint
CREATE TABLE `kpi_month` (
	`item_id` text NOT NULL,
	`month` text NOT NULL,
	`plan` real,
	`actual` real,
	PRIMARY KEY(`item_id`, `month`)
);
--> statement-breakpoint
CREATE TABLE `objective_link` (
	`annual_id` text NOT NULL,
	`breakthrough_id` text NOT NULL,
	`strength` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`annual_id`, `breakthrough_id`),
	FOREIGN KEY (`annual_id`) REFERENCES `objective`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`breakthrough_id`) REFERENCES `objective`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "objective_link_strength" CHECK("objective_link"."strength" in ('strong', 'medium', 'weak'))
);
--> statement-breakpoint
CREATE INDEX `objective_link_breakthrough` ON `objective_link` (`breakthrough_id`);--> statement-breakpoint
CREATE TABLE `tactic_update` (
	`id` text PRIMARY KEY NOT NULL,
	`tactic_id` text NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`tactic_id`) REFERENCES `tactic`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tactic_update_tactic` ON `tactic_update` (`tactic_id`);--> statement-breakpoint
ALTER TABLE `plan` ADD `review_tolerance` real DEFAULT 5 NOT NULL;