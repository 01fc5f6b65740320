ALTER TABLE "team_change" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "team_change" ADD COLUMN "undoes" bigint;