CREATE TABLE "county_standard_input" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"county_code" text NOT NULL,
	"school_year" integer NOT NULL,
	"item" text NOT NULL,
	"value" double precision NOT NULL,
	"evidence" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "county_standard_input_value_chk" CHECK ("county_standard_input"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "county_standard_judgement" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"county_code" text NOT NULL,
	"school_year" integer NOT NULL,
	"item_id" text NOT NULL,
	"met" boolean NOT NULL,
	"score" double precision,
	"evidence" text NOT NULL,
	"evaluator" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "county_standard_input" ADD CONSTRAINT "county_standard_input_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "county_standard_judgement" ADD CONSTRAINT "county_standard_judgement_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "county_standard_input_key_idx" ON "county_standard_input" USING btree ("county_code","school_year","item");--> statement-breakpoint
CREATE INDEX "county_standard_judgement_key_idx" ON "county_standard_judgement" USING btree ("county_code","school_year","item_id");--> statement-breakpoint
-- County-standard figures and evaluators' verdicts are history like attribute values: a correction
-- is a new row, and the database refuses UPDATE and DELETE.
CREATE TRIGGER county_standard_input_append_only
  BEFORE UPDATE OR DELETE ON county_standard_input
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER county_standard_judgement_append_only
  BEFORE UPDATE OR DELETE ON county_standard_judgement
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
