-- History is never overwritten: attribute values and lifecycle events are append-only.
-- A correction is a new row with a later recorded_at. The database itself refuses UPDATE and DELETE,
-- whatever the application does. (TRUNCATE, used only by tests and operators, is a table-level
-- statement and not affected.)
CREATE OR REPLACE FUNCTION eduplan_refuse_history_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '历史记录不可修改或删除（表 %）：如需更正，请追加一条新记录', TG_TABLE_NAME
    USING ERRCODE = 'EP001';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER institution_attribute_append_only
  BEFORE UPDATE OR DELETE ON institution_attribute
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER institution_event_append_only
  BEFORE UPDATE OR DELETE ON institution_event
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_history_change();
