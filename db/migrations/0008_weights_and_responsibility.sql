CREATE TABLE `goal_supporting_department` (
	`goal_id` text NOT NULL,
	`department_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`goal_id`, `department_id`),
	FOREIGN KEY (`goal_id`) REFERENCES `goal`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`department_id`) REFERENCES `department`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `goal_supporting_department_department` ON `goal_supporting_department` (`department_id`);--> statement-breakpoint
ALTER TABLE `goal` ADD `kpi_target_kind` text;--> statement-breakpoint
ALTER TABLE `goal` ADD `weight` real;--> statement-breakpoint
ALTER TABLE `objective` ADD `kpi_target_kind` text;--> statement-breakpoint
ALTER TABLE `objective` ADD `weight` real;--> statement-breakpoint
ALTER TABLE `objective` ADD `department_id` text REFERENCES department(id) ON DELETE set null;