CREATE TABLE "submission" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" text NOT NULL,
	"form_id" text NOT NULL,
	"form_version" integer NOT NULL,
	"institution_code" text NOT NULL,
	"state" text NOT NULL,
	"values" jsonb NOT NULL,
	"explanations" jsonb NOT NULL,
	"returned_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_state_chk" CHECK ("submission"."state" in ('draft', 'submitted', 'returned', 'countyApproved', 'cityApproved', 'unlockRequested'))
);
--> statement-breakpoint
CREATE TABLE "submission_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_username" text NOT NULL,
	"actor_level" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_value_change" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"field_key" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_institution_code_institution_code_fk" FOREIGN KEY ("institution_code") REFERENCES "public"."institution"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_event" ADD CONSTRAINT "submission_event_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_value_change" ADD CONSTRAINT "submission_value_change_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "submission_period_institution_idx" ON "submission" USING btree ("period_id","institution_code");--> statement-breakpoint
CREATE INDEX "submission_event_submission_idx" ON "submission_event" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "submission_value_change_field_idx" ON "submission_value_change" USING btree ("submission_id","field_key");--> statement-breakpoint
-- The history of submitted values and of approvals is never overwritten.
CREATE TRIGGER submission_value_change_append_only
  BEFORE UPDATE OR DELETE ON submission_value_change
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER submission_event_append_only
  BEFORE UPDATE OR DELETE ON submission_event
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
