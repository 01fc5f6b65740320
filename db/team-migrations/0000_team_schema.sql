CREATE TABLE "team_change" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"op" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL,
	"by_user" text,
	"operation" text NOT NULL,
	"tbl" text NOT NULL,
	"pk" text NOT NULL,
	"item_id" text,
	"before" jsonb,
	"after" jsonb,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_login_failure" (
	"email" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"schema_version" integer NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_role" (
	"user_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"role" text NOT NULL,
	"department_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "team_role_user_id_plan_id_pk" PRIMARY KEY("user_id","plan_id"),
	CONSTRAINT "team_role_role" CHECK ("team_role"."role" in ('admin', 'leader', 'department_head', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "team_row" (
	"plan_id" text NOT NULL,
	"tbl" text NOT NULL,
	"pk" text NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "team_row_plan_id_tbl_pk_pk" PRIMARY KEY("plan_id","tbl","pk")
);
--> statement-breakpoint
CREATE TABLE "team_session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"csrf" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_user" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "team_change" ADD CONSTRAINT "team_change_plan_id_team_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."team_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_role" ADD CONSTRAINT "team_role_user_id_team_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."team_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_row" ADD CONSTRAINT "team_row_plan_id_team_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."team_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_session" ADD CONSTRAINT "team_session_user_id_team_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."team_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_change_plan" ON "team_change" USING btree ("plan_id","seq");--> statement-breakpoint
CREATE INDEX "team_change_item" ON "team_change" USING btree ("plan_id","item_id");--> statement-breakpoint
CREATE INDEX "team_login_failure_email" ON "team_login_failure" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "team_session_user" ON "team_session" USING btree ("user_id");