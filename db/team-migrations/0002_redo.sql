ALTER TABLE "team_change" ADD COLUMN "redoes" bigint;--> statement-breakpoint
CREATE INDEX "team_change_redoes" ON "team_change" USING btree ("plan_id","redoes");