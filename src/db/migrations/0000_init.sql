CREATE TABLE "dataset_info" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"running_type" text NOT NULL,
	"ownership" text NOT NULL,
	"urban_rural" text NOT NULL,
	"township_code" text NOT NULL,
	"county_code" text NOT NULL,
	"longitude" double precision NOT NULL,
	"latitude" double precision NOT NULL,
	CONSTRAINT "institution_code_len_chk" CHECK (char_length("institution"."code") = 10),
	CONSTRAINT "institution_ownership_chk" CHECK ("institution"."ownership" in ('public', 'inclusivePrivate', 'private'))
);
--> statement-breakpoint
CREATE TABLE "institution_attribute" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"institution_code" text NOT NULL,
	"name" text NOT NULL,
	"value" jsonb NOT NULL,
	"effective_from_year" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "institution_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"institution_code" text NOT NULL,
	"kind" text NOT NULL,
	"school_year" integer NOT NULL,
	"target_institution_code" text,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_event_kind_chk" CHECK ("institution_event"."kind" in ('opened', 'closed', 'mergedInto'))
);
--> statement-breakpoint
CREATE TABLE "institution_statistics" (
	"institution_code" text NOT NULL,
	"school_year" integer NOT NULL,
	"enrolment" integer NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "institution_statistics_institution_code_school_year_pk" PRIMARY KEY("institution_code","school_year")
);
--> statement-breakpoint
CREATE TABLE "org_unit" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"code_source" text NOT NULL,
	"legal_parent_code" text,
	"county_kind" text,
	CONSTRAINT "org_unit_level_chk" CHECK ("org_unit"."level" in ('city', 'county', 'township')),
	CONSTRAINT "org_unit_code_source_chk" CHECK ("org_unit"."code_source" in ('nbs', 'local'))
);
--> statement-breakpoint
ALTER TABLE "institution" ADD CONSTRAINT "institution_township_code_org_unit_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution" ADD CONSTRAINT "institution_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_attribute" ADD CONSTRAINT "institution_attribute_institution_code_institution_code_fk" FOREIGN KEY ("institution_code") REFERENCES "public"."institution"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_event" ADD CONSTRAINT "institution_event_institution_code_institution_code_fk" FOREIGN KEY ("institution_code") REFERENCES "public"."institution"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_event" ADD CONSTRAINT "institution_event_target_institution_code_institution_code_fk" FOREIGN KEY ("target_institution_code") REFERENCES "public"."institution"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_statistics" ADD CONSTRAINT "institution_statistics_institution_code_institution_code_fk" FOREIGN KEY ("institution_code") REFERENCES "public"."institution"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "institution_county_idx" ON "institution" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "institution_township_idx" ON "institution" USING btree ("township_code");--> statement-breakpoint
CREATE INDEX "institution_attribute_lookup_idx" ON "institution_attribute" USING btree ("institution_code","name","effective_from_year");--> statement-breakpoint
CREATE INDEX "institution_event_institution_idx" ON "institution_event" USING btree ("institution_code");--> statement-breakpoint
CREATE INDEX "institution_statistics_year_idx" ON "institution_statistics" USING btree ("school_year");--> statement-breakpoint
CREATE INDEX "org_unit_parent_idx" ON "org_unit" USING btree ("parent_code");