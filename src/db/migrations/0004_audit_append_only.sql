-- The security audit log is append-only (等保 2.0 安全审计): the database refuses UPDATE, DELETE and
-- TRUNCATE whatever the application does. In production, also grant the application's database
-- role only INSERT and SELECT on audit_log (see docs/SECURITY.md).
CREATE OR REPLACE FUNCTION eduplan_refuse_audit_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '安全审计日志只能追加，不能修改、删除或清空' USING ERRCODE = 'EP002';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION eduplan_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_refuse_audit_change();
