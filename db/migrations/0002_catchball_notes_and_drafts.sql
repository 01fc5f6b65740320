CREATE TABLE `draft_info` (
	`singleton` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`draft_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`department_id` text NOT NULL,
	`issued_at` text NOT NULL,
	`base_json` text NOT NULL,
	CONSTRAINT "draft_info_singleton" CHECK("draft_info"."singleton" = 1)
);
--> statement-breakpoint
CREATE TABLE `draft_issue` (
	`draft_id` text PRIMARY KEY NOT NULL,
	`department_id` text NOT NULL,
	`issued_at` text NOT NULL,
	`returned_at` text,
	`merged_at` text,
	`merged_changes` integer
);
--> statement-breakpoint
CREATE TABLE `note` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`author` text,
	`created_at` text NOT NULL,
	`answer` text,
	`answered_by` text,
	`answered_at` text,
	`sort_order` integer NOT NULL,
	CONSTRAINT "note_kind" CHECK("note"."kind" in ('question', 'proposal'))
);
--> statement-breakpoint
CREATE INDEX `note_item` ON `note` (`item_id`);