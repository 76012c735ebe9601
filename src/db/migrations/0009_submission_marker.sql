-- The submissions' marker (db/markers.ts) as one row: every statement that writes submissions
-- moves it, in its own transaction, so that reading "have the submissions changed?" is a
-- primary-key lookup on every request instead of counting the whole table.
CREATE FUNCTION eduplan_bump_submissions_marker() RETURNS trigger AS $$
BEGIN
  INSERT INTO dataset_info (key, value) VALUES ('submissions', '1'::jsonb)
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((dataset_info.value #>> '{}')::bigint + 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER submission_marker
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON submission
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_bump_submissions_marker();
