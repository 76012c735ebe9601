-- Every append-only table refuses TRUNCATE too, not only UPDATE and DELETE (issue 12): TRUNCATE is
-- a table-level statement that row triggers do not see. audit_log has refused it since 0004. The
-- application never truncates; an operator who must empty a table drops the trigger first, which
-- needs the owner role (and for audit_log breaks the hash chain that `eduplan audit verify`
-- checks, migration 0012).
CREATE FUNCTION eduplan_refuse_history_truncate() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '历史记录不可清空（表 %）：历史表只能追加', TG_TABLE_NAME
    USING ERRCODE = 'EP001';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER institution_attribute_no_truncate
  BEFORE TRUNCATE ON institution_attribute
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER institution_event_no_truncate
  BEFORE TRUNCATE ON institution_event
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER county_standard_input_no_truncate
  BEFORE TRUNCATE ON county_standard_input
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER county_standard_judgement_no_truncate
  BEFORE TRUNCATE ON county_standard_judgement
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER submission_value_change_no_truncate
  BEFORE TRUNCATE ON submission_value_change
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER submission_event_no_truncate
  BEFORE TRUNCATE ON submission_event
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER submission_change_set_no_truncate
  BEFORE TRUNCATE ON submission_change_set
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
--> statement-breakpoint
CREATE TRIGGER dataset_change_no_truncate
  BEFORE TRUNCATE ON dataset_change
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_history_truncate();
