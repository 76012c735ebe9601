-- A hash chain over the security audit log (issue 12): each row carries the hash of the row before
-- it (prev_hash) and its own (row_hash = SHA-256 of the previous hash and the row's canonical
-- text), so that a row changed, removed or added behind the triggers' back (a superuser with
-- session_replication_role = replica, DISABLE TRIGGER, DROP TRIGGER) breaks the chain, and
-- `eduplan audit verify` (app/access/audit-chain.ts, which recomputes every hash in TypeScript)
-- names the first broken link. audit_chain_head holds the number of rows sealed and the last hash:
-- the anchor that tells a log whose last rows were removed, or that was emptied, from a short one.
--
-- Canonical text, version 1 (lines joined by "\n"): 'eduplan-audit-v1', prev_hash, then id,
-- at (epoch microseconds), actor_id, actor_username, ip, action, outcome, target_type, target_id,
-- old_value::text, new_value::text, detail, each as '~' when NULL or '<octets>:<text>'.
CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"sealed" bigint NOT NULL,
	"last_id" bigint NOT NULL,
	"last_hash" text NOT NULL,
	CONSTRAINT "audit_chain_head_one_row_chk" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "row_hash" text;--> statement-breakpoint
CREATE FUNCTION eduplan_audit_field(v text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(v)::text || ':' || v END $$;
--> statement-breakpoint
CREATE FUNCTION eduplan_audit_row_hash(r audit_log) RETURNS text
  LANGUAGE sql STABLE
  AS $$
  SELECT encode(sha256(convert_to(
    'eduplan-audit-v1'
    || E'\n' || r.prev_hash
    || E'\n' || public.eduplan_audit_field(r.id::text)
    || E'\n' || public.eduplan_audit_field(((extract(epoch FROM r.at) * 1000000)::bigint)::text)
    || E'\n' || public.eduplan_audit_field(r.actor_id::text)
    || E'\n' || public.eduplan_audit_field(r.actor_username)
    || E'\n' || public.eduplan_audit_field(r.ip)
    || E'\n' || public.eduplan_audit_field(r.action)
    || E'\n' || public.eduplan_audit_field(r.outcome)
    || E'\n' || public.eduplan_audit_field(r.target_type)
    || E'\n' || public.eduplan_audit_field(r.target_id)
    || E'\n' || public.eduplan_audit_field(r.old_value::text)
    || E'\n' || public.eduplan_audit_field(r.new_value::text)
    || E'\n' || public.eduplan_audit_field(r.detail),
    'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- The rows written before this migration are chained here, in id order, so that verification
-- covers the whole log.
ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
DO $$
DECLARE
  r public.audit_log;
  prev text := repeat('0', 64);
  n bigint := 0;
  last bigint := 0;
BEGIN
  FOR r IN SELECT * FROM public.audit_log ORDER BY id LOOP
    r.prev_hash := prev;
    prev := public.eduplan_audit_row_hash(r);
    UPDATE public.audit_log SET prev_hash = r.prev_hash, row_hash = prev WHERE id = r.id;
    n := n + 1;
    last := r.id;
  END LOOP;
  INSERT INTO public.audit_chain_head (id, sealed, last_id, last_hash) VALUES (1, n, last, prev);
END
$$;
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_no_update_delete;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "row_hash" SET NOT NULL;--> statement-breakpoint
-- Every insert takes the head's row lock (inserts are serialised until the inserting transaction
-- ends: write audit rows last in a transaction), then takes the next id from the head — not from
-- the sequence, which is taken before the lock — so that id order is chain order, with no gaps.
-- SECURITY DEFINER: the application role writes audit_log but has no write privilege on the head.
CREATE FUNCTION eduplan_audit_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
DECLARE
  head public.audit_chain_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM public.audit_chain_head WHERE id = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION '安全审计日志的哈希链头（audit_chain_head）缺失，日志可能已被篡改：请运行 eduplan audit verify 并通知安全审计员'
      USING ERRCODE = 'EP003';
  END IF;
  NEW.id := head.last_id + 1;
  NEW.prev_hash := head.last_hash;
  NEW.row_hash := public.eduplan_audit_row_hash(NEW);
  UPDATE public.audit_chain_head
    SET sealed = head.sealed + 1, last_id = NEW.id, last_hash = NEW.row_hash
    WHERE id = 1;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain
  BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION eduplan_audit_chain();
--> statement-breakpoint
-- The head is written only by the chain trigger (a nested trigger, depth > 1).
CREATE FUNCTION eduplan_guard_audit_chain_head() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '安全审计日志的哈希链头只由审计日志的触发器维护，不能直接写入、修改、删除或清空'
    USING ERRCODE = 'EP002';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_guard
  BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION eduplan_guard_audit_chain_head();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_truncate
  BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION eduplan_guard_audit_chain_head();
