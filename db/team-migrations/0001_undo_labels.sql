ALTER TABLE "team_change" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "team_change" ADD COLUMN "undoes" bigint;--> statement-breakpoint
CREATE INDEX "team_change_user" ON "team_change" USING btree ("plan_id","by_user","op");--> statement-breakpoint
CREATE INDEX "team_change_undoes" ON "team_change" USING btree ("plan_id","undoes");