CREATE TABLE "dataset_change" (
	"revision" integer PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"school_year" integer NOT NULL,
	"institution_codes" text[] NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_change_kind_chk" CHECK ("dataset_change"."kind" in ('statistics'))
);
--> statement-breakpoint
-- What each revision changed is history: never overwritten.
CREATE TRIGGER dataset_change_append_only
  BEFORE UPDATE OR DELETE ON dataset_change
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
