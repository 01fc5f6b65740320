ALTER TABLE `goal` ADD `carried_from` text;--> statement-breakpoint
ALTER TABLE `objective` ADD `carried_from` text;--> statement-breakpoint
ALTER TABLE `tactic` ADD `carried_from` text;