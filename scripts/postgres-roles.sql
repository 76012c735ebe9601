-- EduPlan on PostgreSQL with two roles (docs/SECURITY.md, "What the operator must do"):
--   the owner  owns the database and every schema object, and is the only role that runs
--              `eduplan migrate`;
--   the app    role the server runs with: CONNECT, USAGE on the schemas, SELECT/INSERT/UPDATE/DELETE
--              on ordinary tables, only SELECT/INSERT on the append-only tables (those whose
--              triggers refuse UPDATE and DELETE), SELECT on the audit chain's head and on the
--              migrations table, USAGE on the sequences; no TRUNCATE, no CREATE anywhere, no
--              temporary tables.
--
-- Run it as a superuser, connected to the platform's database, AFTER `eduplan migrate` — and again
-- after every `eduplan migrate` that applied something (new tables get only SELECT and INSERT
-- until then: a new table is never writable by the app by accident). It is idempotent.
--
--   psql "postgres://postgres@db.example.internal/eduplan" -v ON_ERROR_STOP=1 \
--        -v owner=eduplan_owner -v app=eduplan_app -f scripts/postgres-roles.sql
--
-- The roles and the database are created once before, e.g.:
--   CREATE ROLE eduplan_owner LOGIN PASSWORD '…';
--   CREATE ROLE eduplan_app LOGIN PASSWORD '…';
--   CREATE DATABASE eduplan OWNER eduplan_owner ENCODING 'UTF8' TEMPLATE template0;
\set ON_ERROR_STOP on
\if :{?owner}
\else
  \echo '缺少变量 owner：请用 -v owner=<所有者角色> 指定'
  SELECT 1/0 AS "missing -v owner";
\endif
\if :{?app}
\else
  \echo '缺少变量 app：请用 -v app=<应用角色> 指定'
  SELECT 1/0 AS "missing -v app";
\endif

-- Values the DO blocks below read (psql variables are not expanded inside dollar quotes).
SELECT set_config('eduplan.owner', :'owner', false) AS owner_setting, set_config('eduplan.app', :'app', false) AS app_setting \gset eduplan_

BEGIN;

DO $$
DECLARE
  owner_role text := current_setting('eduplan.owner');
  app_role text := current_setting('eduplan.app');
  stray text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner_role) THEN
    RAISE EXCEPTION '所有者角色 % 不存在：请先 CREATE ROLE % LOGIN PASSWORD …', owner_role, owner_role;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
    RAISE EXCEPTION '应用角色 % 不存在：请先 CREATE ROLE % LOGIN PASSWORD …', app_role, app_role;
  END IF;
  IF owner_role = app_role THEN
    RAISE EXCEPTION '所有者角色和应用角色必须是两个不同的角色（都是 %）', owner_role;
  END IF;
  IF (SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = app_role) THEN
    RAISE EXCEPTION '应用角色 % 不能是超级用户，也不能有 CREATEROLE、CREATEDB 或 BYPASSRLS 属性', app_role;
  END IF;
  IF to_regclass('drizzle.__drizzle_migrations') IS NULL OR to_regclass('public.audit_log') IS NULL THEN
    RAISE EXCEPTION '数据库 % 还没有迁移：请先以所有者角色 % 运行 eduplan migrate，再运行本脚本', current_database(), owner_role;
  END IF;
  SELECT string_agg(format('%I.%I（所有者 %s）', n.nspname, c.relname, pg_get_userbyid(c.relowner)), '、')
    INTO stray
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
      AND pg_get_userbyid(c.relowner) <> owner_role;
  IF stray IS NOT NULL THEN
    RAISE EXCEPTION '这些对象的所有者不是 %：%。迁移须以所有者角色运行（eduplan migrate），或先 ALTER … OWNER TO %', owner_role, stray, owner_role;
  END IF;
END
$$;

-- The database: nobody but the owner creates schemas or temporary tables; the app connects.
SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM %I', current_database(), :'app') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app') \gexec

-- The schemas: USAGE only (PostgreSQL 15 no longer gives PUBLIC CREATE on public; older ones do).
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM :"app";
GRANT USAGE ON SCHEMA public TO :"app";
REVOKE ALL ON SCHEMA drizzle FROM PUBLIC;
REVOKE ALL ON SCHEMA drizzle FROM :"app";
GRANT USAGE ON SCHEMA drizzle TO :"app";

-- Tables: start from nothing, then grant by kind.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"app";
REVOKE ALL ON ALL TABLES IN SCHEMA drizzle FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA drizzle FROM :"app";
GRANT SELECT ON drizzle.__drizzle_migrations TO :"app";

DO $$
DECLARE
  app_role text := current_setting('eduplan.app');
  t record;
BEGIN
  FOR t IN
    SELECT c.relname,
           EXISTS (
             SELECT 1 FROM pg_trigger g JOIN pg_proc p ON p.oid = g.tgfoid
             WHERE g.tgrelid = c.oid AND NOT g.tgisinternal
               AND p.proname IN ('eduplan_refuse_history_change', 'eduplan_refuse_audit_change')
           ) AS append_only
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname
  LOOP
    IF t.relname = 'audit_chain_head' THEN
      -- Written only by the audit log's chain trigger (SECURITY DEFINER, as the owner).
      EXECUTE format('GRANT SELECT ON public.%I TO %I', t.relname, app_role);
    ELSIF t.append_only THEN
      EXECUTE format('GRANT SELECT, INSERT ON public.%I TO %I', t.relname, app_role);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.%I TO %I', t.relname, app_role);
    END IF;
  END LOOP;
END
$$;

-- Sequences: nextval/currval (USAGE), never setval.
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"app";
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO :"app";

-- Objects the owner creates later (the next migrations): readable and appendable, nothing more,
-- until this script runs again.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public REVOKE ALL ON TABLES FROM :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public REVOKE ALL ON SEQUENCES FROM :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE ON SEQUENCES TO :"app";

COMMIT;

-- What the app role may do now, table by table.
SELECT c.relname AS "表",
       concat_ws(', ',
         CASE WHEN has_table_privilege(:'app', c.oid, 'SELECT') THEN 'SELECT' END,
         CASE WHEN has_table_privilege(:'app', c.oid, 'INSERT') THEN 'INSERT' END,
         CASE WHEN has_table_privilege(:'app', c.oid, 'UPDATE') THEN 'UPDATE' END,
         CASE WHEN has_table_privilege(:'app', c.oid, 'DELETE') THEN 'DELETE' END,
         CASE WHEN has_table_privilege(:'app', c.oid, 'TRUNCATE') THEN 'TRUNCATE' END) AS "应用角色的权限"
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
ORDER BY 1;
