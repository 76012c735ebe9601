CREATE TABLE "delivery_measure" (
	"id" text PRIMARY KEY NOT NULL,
	"county_code" text NOT NULL,
	"seq" integer NOT NULL,
	"first_version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_version_id" integer NOT NULL,
	"county_code" text NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_username" text NOT NULL,
	"comment" text,
	"measures" jsonb,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan_measure" (
	"plan_version_id" integer NOT NULL,
	"measure_id" text NOT NULL,
	"position" integer NOT NULL,
	"task_number" integer NOT NULL,
	"title" text NOT NULL,
	"output" text NOT NULL,
	"output_target" double precision,
	"output_unit" text,
	"owner_name" text NOT NULL,
	"owner_unit_code" text NOT NULL,
	"owner_unit" text NOT NULL,
	"due_date" text NOT NULL,
	CONSTRAINT "work_plan_measure_plan_version_id_measure_id_pk" PRIMARY KEY("plan_version_id","measure_id"),
	CONSTRAINT "work_plan_measure_due_date_chk" CHECK ("work_plan_measure"."due_date" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "work_plan_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" text NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"revision" integer NOT NULL,
	"based_on_version" integer,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decision_comment" text,
	CONSTRAINT "work_plan_version_state_chk" CHECK ("work_plan_version"."state" in ('draft', 'submitted', 'approved', 'returned')),
	CONSTRAINT "work_plan_version_version_chk" CHECK ("work_plan_version"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "evidence_blob" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"chunks" integer NOT NULL,
	"media_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_blob_sha256_chk" CHECK ("evidence_blob"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "evidence_blob_size_chk" CHECK ("evidence_blob"."size" > 0),
	CONSTRAINT "evidence_blob_chunks_chk" CHECK ("evidence_blob"."chunks" > 0)
);
--> statement-breakpoint
CREATE TABLE "evidence_chunk" (
	"sha256" text NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "evidence_chunk_sha256_seq_pk" PRIMARY KEY("sha256","seq")
);
--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"kind" text NOT NULL,
	"size" bigint NOT NULL,
	"org_code" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_file_kind_chk" CHECK ("evidence_file"."kind" IN ('pdf', 'image', 'word', 'excel'))
);
--> statement-breakpoint
CREATE TABLE "evidence_upload_chunk" (
	"upload_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"staged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_upload_chunk_upload_id_seq_pk" PRIMARY KEY("upload_id","seq")
);
--> statement-breakpoint
CREATE TABLE "milestone_report" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"milestone_id" text NOT NULL,
	"county_code" text NOT NULL,
	"completed_on" date NOT NULL,
	"text" text NOT NULL,
	"evidence_ids" text[] NOT NULL,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestone_review" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"subject_id" bigint NOT NULL,
	"decision" text NOT NULL,
	"comment" text NOT NULL,
	"reviewed_by" text NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestone_review_subject_chk" CHECK ("milestone_review"."subject" in ('fact', 'report')),
	CONSTRAINT "milestone_review_decision_chk" CHECK ("milestone_review"."decision" in ('verified', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "milestone_township_fact" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"township_code" text NOT NULL,
	"county_code" text NOT NULL,
	"fact" text NOT NULL,
	"value" boolean NOT NULL,
	"effective_from" date NOT NULL,
	"note" text NOT NULL,
	"evidence_ids" text[] NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestone_township_fact_fact_chk" CHECK ("milestone_township_fact"."fact" in ('townVillageIntegration', 'strongTownshipPilot'))
);
--> statement-breakpoint
CREATE TABLE "progress_report" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"measure_id" text NOT NULL,
	"county_code" text NOT NULL,
	"state" text NOT NULL,
	"progress" text NOT NULL,
	"text" text NOT NULL,
	"blocked_reason" text,
	"figure" double precision,
	"evidence" jsonb NOT NULL,
	"return_comment" text,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"version" integer NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "progress_report_state_chk" CHECK ("progress_report"."state" in ('draft', 'submitted', 'accepted', 'returned')),
	CONSTRAINT "progress_report_progress_chk" CHECK ("progress_report"."progress" in ('notStarted', 'inProgress', 'done', 'blocked')),
	CONSTRAINT "progress_report_figure_chk" CHECK ("progress_report"."figure" >= 0)
);
--> statement-breakpoint
CREATE TABLE "progress_report_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"round_id" text NOT NULL,
	"measure_id" text NOT NULL,
	"county_code" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"progress" text NOT NULL,
	"text" text NOT NULL,
	"blocked_reason" text,
	"figure" double precision,
	"evidence" jsonb NOT NULL,
	"comment" text,
	"actor_username" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "progress_report_event_action_chk" CHECK ("progress_report_event"."action" in ('create', 'save', 'submit', 'resubmit', 'accept', 'return'))
);
--> statement-breakpoint
CREATE TABLE "stocktake_record" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"as_of" date NOT NULL,
	"snapshot" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_measure" ADD CONSTRAINT "delivery_measure_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_event" ADD CONSTRAINT "work_plan_event_plan_version_id_work_plan_version_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."work_plan_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_measure" ADD CONSTRAINT "work_plan_measure_plan_version_id_work_plan_version_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."work_plan_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_measure" ADD CONSTRAINT "work_plan_measure_measure_id_delivery_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."delivery_measure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_version" ADD CONSTRAINT "work_plan_version_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_chunk" ADD CONSTRAINT "evidence_chunk_sha256_evidence_blob_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_blob"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_sha256_evidence_blob_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_blob"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_org_code_org_unit_code_fk" FOREIGN KEY ("org_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_report" ADD CONSTRAINT "milestone_report_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_township_fact" ADD CONSTRAINT "milestone_township_fact_township_code_org_unit_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_township_fact" ADD CONSTRAINT "milestone_township_fact_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_measure_id_delivery_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."delivery_measure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_county_code_org_unit_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."org_unit"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_report_event" ADD CONSTRAINT "progress_report_event_report_id_progress_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_measure_county_seq_idx" ON "delivery_measure" USING btree ("county_code","seq");--> statement-breakpoint
CREATE INDEX "work_plan_event_county_idx" ON "work_plan_event" USING btree ("county_code","version");--> statement-breakpoint
CREATE INDEX "work_plan_measure_measure_idx" ON "work_plan_measure" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plan_version_county_version_idx" ON "work_plan_version" USING btree ("county_code","version");--> statement-breakpoint
CREATE INDEX "evidence_file_org_idx" ON "evidence_file" USING btree ("org_code");--> statement-breakpoint
CREATE INDEX "evidence_file_sha256_idx" ON "evidence_file" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "milestone_report_key_idx" ON "milestone_report" USING btree ("county_code","milestone_id");--> statement-breakpoint
CREATE INDEX "milestone_review_subject_idx" ON "milestone_review" USING btree ("subject","subject_id");--> statement-breakpoint
CREATE INDEX "milestone_township_fact_key_idx" ON "milestone_township_fact" USING btree ("county_code","township_code","fact");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_report_round_measure_idx" ON "progress_report" USING btree ("round_id","measure_id");--> statement-breakpoint
CREATE INDEX "progress_report_county_round_idx" ON "progress_report" USING btree ("county_code","round_id");--> statement-breakpoint
CREATE INDEX "progress_report_measure_idx" ON "progress_report" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "progress_report_event_report_idx" ON "progress_report_event" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "progress_report_event_measure_idx" ON "progress_report_event" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stocktake_record_label_idx" ON "stocktake_record" USING btree ("label");
--> statement-breakpoint
-- From the evidence area: append-only and frozen-row triggers (hand-written; drizzle-kit does not generate them).
--> statement-breakpoint
-- Stored evidence is never changed or removed: blobs, their chunks and the file records refuse
-- UPDATE, DELETE and TRUNCATE (hand-written; keep at integration). The staging table is not
-- history: its rows are deleted when an upload is promoted or refused.
CREATE TRIGGER evidence_blob_append_only
  BEFORE UPDATE OR DELETE ON evidence_blob
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER evidence_chunk_append_only
  BEFORE UPDATE OR DELETE ON evidence_chunk
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER evidence_file_append_only
  BEFORE UPDATE OR DELETE ON evidence_file
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER evidence_blob_no_truncate
  BEFORE TRUNCATE ON evidence_blob
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER evidence_chunk_no_truncate
  BEFORE TRUNCATE ON evidence_chunk
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER evidence_file_no_truncate
  BEFORE TRUNCATE ON evidence_file
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
-- From the milestones area: append-only and frozen-row triggers (hand-written; drizzle-kit does not generate them).
--> statement-breakpoint
-- Facts, reports and reviews are history: the database refuses UPDATE, DELETE and TRUNCATE.
CREATE TRIGGER milestone_township_fact_append_only
  BEFORE UPDATE OR DELETE ON milestone_township_fact
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER milestone_report_append_only
  BEFORE UPDATE OR DELETE ON milestone_report
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER milestone_review_append_only
  BEFORE UPDATE OR DELETE ON milestone_review
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER milestone_township_fact_no_truncate
  BEFORE TRUNCATE ON milestone_township_fact
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER milestone_report_no_truncate
  BEFORE TRUNCATE ON milestone_report
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER milestone_review_no_truncate
  BEFORE TRUNCATE ON milestone_review
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
-- From the delivery area: append-only and frozen-row triggers (hand-written; drizzle-kit does not generate them).
--> statement-breakpoint
-- The history of the work plans is never overwritten: every save, submission and decision stays.
CREATE TRIGGER work_plan_event_append_only
  BEFORE UPDATE OR DELETE ON work_plan_event
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER work_plan_event_no_truncate
  BEFORE TRUNCATE ON work_plan_event
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
-- A submitted or approved version's measures are what the city reviewed: they cannot be changed or
-- deleted (a draft's and a returned version's can, by the county's saves).
CREATE FUNCTION work_plan_refuse_frozen_measure_change() RETURNS trigger AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM work_plan_version v
    WHERE v.id = OLD.plan_version_id AND v.state IN ('submitted', 'approved')
  ) THEN
    RAISE EXCEPTION '已提交或已批准的工作方案版本不可修改（表 %）', TG_TABLE_NAME
      USING ERRCODE = 'EP001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER work_plan_measure_frozen
  BEFORE UPDATE OR DELETE ON work_plan_measure
  FOR EACH ROW EXECUTE FUNCTION work_plan_refuse_frozen_measure_change();
--> statement-breakpoint
-- From the reporting area: append-only and frozen-row triggers (hand-written; drizzle-kit does not generate them).
--> statement-breakpoint
-- The history of every report is never overwritten: the database refuses UPDATE, DELETE and TRUNCATE.
CREATE TRIGGER progress_report_event_append_only
  BEFORE UPDATE OR DELETE ON progress_report_event
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER progress_report_event_no_truncate
  BEFORE TRUNCATE ON progress_report_event
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
-- From the stocktake area: append-only and frozen-row triggers (hand-written; drizzle-kit does not generate them).
--> statement-breakpoint
-- A recorded stocktake is history: the next one is compared with it, so it is never changed.
CREATE TRIGGER stocktake_record_append_only
  BEFORE UPDATE OR DELETE ON stocktake_record
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER stocktake_record_no_truncate
  BEFORE TRUNCATE ON stocktake_record
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
