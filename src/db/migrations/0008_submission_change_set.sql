-- The value changes of one Excel import to one submission as one row: `changes` is a JSON array of
-- [field key, old value, new value]. A city-wide first import writes 2,000 rows here instead of
-- 296,000 per-field rows in submission_value_change; the history read expands them. The ids come
-- from submission_value_change's sequence, so the two tables order together.
CREATE TABLE "submission_change_set" (
	"id" bigint PRIMARY KEY DEFAULT nextval('submission_value_change_id_seq') NOT NULL,
	"submission_id" integer NOT NULL,
	"changes" jsonb NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submission_change_set" ADD CONSTRAINT "submission_change_set_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_change_set_submission_idx" ON "submission_change_set" USING btree ("submission_id");--> statement-breakpoint
-- Like every history table: never overwritten.
CREATE TRIGGER submission_change_set_append_only
  BEFORE UPDATE OR DELETE ON submission_change_set
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
