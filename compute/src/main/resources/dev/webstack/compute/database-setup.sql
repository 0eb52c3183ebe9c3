-- webstack database setup step (ADR 0018). Runs as the RDS master user in the `db-setup` init
-- container of every migration task, before the migration. Idempotent: every statement either
-- creates what is missing or re-applies the same state, so it can run before every migration.
--
-- psql variables, set by the container's command from its injected secrets:
--   master_user        the RDS master user (PGUSER)
--   migrator_verifier  SCRAM-SHA-256 verifier of webstack_migrator's password
--   app_user           webstack_app_a or webstack_app_b: the login the app secret names now
--   app_verifier       SCRAM-SHA-256 verifier of that login's password
--
-- No password is ever in a statement: PASSWORD is given a pre-computed SCRAM verifier, which
-- PostgreSQL stores as is ("If the presented password string is already in MD5-encrypted or
-- SCRAM-encrypted format, then it is stored as-is", CREATE ROLE, PostgreSQL docs). A statement
-- that lands in the server log (log_min_duration_statement, log_min_error_statement) shows the
-- verifier at most, from which the password cannot be recovered (docs: Password Authentication);
-- the verifier is still a secret: with one captured login it allows logging in (ADR 0018).
\set ON_ERROR_STOP on
\set QUIET on
SET client_min_messages = warning;

-- The app's login must be one of the two alternating users: anything else is a broken secret.
SELECT :'app_user' IN ('webstack_app_a', 'webstack_app_b') AS app_user_known \gset
\if :app_user_known
\else
DO $$ BEGIN RAISE EXCEPTION 'the app secret names an unknown user; expected webstack_app_a or webstack_app_b'; END $$;
\endif
SELECT :'migrator_verifier' LIKE 'SCRAM-SHA-256$%' AND :'app_verifier' LIKE 'SCRAM-SHA-256$%' AS verifiers_hashed \gset
\if :verifiers_hashed
\else
DO $$ BEGIN RAISE EXCEPTION 'a login secret has no SCRAM-SHA-256 verifier; run scripts/rotate-database-credentials'; END $$;
\endif

-- Roles: the migrator owns the schema objects; the group holds the app's rights; the two
-- logins alternate across rotations (Secrets Manager's alternating-users strategy).
SELECT 'CREATE ROLE webstack_migrator LOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'webstack_migrator') \gexec
SELECT 'CREATE ROLE webstack_app NOLOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'webstack_app') \gexec
SELECT format('CREATE ROLE %I LOGIN IN ROLE webstack_app', login)
  FROM (VALUES ('webstack_app_a'), ('webstack_app_b')) AS logins(login)
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) \gexec
-- Re-applied every run, so a role someone altered by hand comes back to this shape. (Only a
-- superuser may even restate SUPERUSER/REPLICATION, which the RDS master is not; CREATE ROLE
-- leaves both off.)
ALTER ROLE webstack_migrator LOGIN NOCREATEDB NOCREATEROLE;
ALTER ROLE webstack_app NOLOGIN;
ALTER ROLE webstack_app_a LOGIN NOCREATEDB NOCREATEROLE INHERIT;
ALTER ROLE webstack_app_b LOGIN NOCREATEDB NOCREATEROLE INHERIT;
GRANT webstack_app TO webstack_app_a, webstack_app_b;

-- Passwords: the migrator's, and the current app login's. The other app login keeps the
-- password it had, so tasks started before the last rotation stay connected (ADR 0018).
SELECT format('ALTER ROLE webstack_migrator PASSWORD %L', :'migrator_verifier') \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'app_user', :'app_verifier') \gexec

-- The master must be a member of the migrator to hand it objects and to set its default
-- privileges (ALTER DEFAULT PRIVILEGES FOR ROLE, ALTER ... OWNER TO: PostgreSQL docs).
GRANT webstack_migrator TO CURRENT_USER;

-- Database and schema: the migrator may create in the database and in public (PostgreSQL 15
-- and later no longer let every role create in public); the app may only connect and use.
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO webstack_app', current_database()) \gexec
SELECT format('GRANT CONNECT, CREATE, TEMPORARY ON DATABASE %I TO webstack_migrator', current_database()) \gexec
GRANT USAGE, CREATE ON SCHEMA public TO webstack_migrator;
GRANT USAGE ON SCHEMA public TO webstack_app;

-- Objects a migration ran as the master before this step existed move to the migrator, so
-- the next migration may alter them. Only the master's, only in the application's schemas,
-- and never an extension's members (PostGIS's functions and spatial_ref_sys, pgcrypto's...):
-- the master created those with CREATE EXTENSION, they belong to the extension (pg_depend
-- deptype 'e', "pg_depend", PostgreSQL docs), and the extension's scripts (ALTER EXTENSION
-- ... UPDATE) expect to own them.
SELECT format('ALTER SCHEMA %I OWNER TO webstack_migrator', nspname)
  FROM pg_namespace
 WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = :'master_user')
   AND nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = pg_namespace.oid AND e.deptype = 'e') \gexec
SELECT format('ALTER %s %I.%I OWNER TO webstack_migrator',
              CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                             WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, n.nspname, c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = :'master_user')
   AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
   AND n.nspname NOT IN ('information_schema') AND n.nspname NOT LIKE 'pg\_%'
   -- a sequence owned by a column moves with its table
   AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
   AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
 ORDER BY c.relkind = 'S' \gexec
SELECT format('ALTER TYPE %I.%I OWNER TO webstack_migrator', n.nspname, t.typname)
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE t.typowner = (SELECT oid FROM pg_roles WHERE rolname = :'master_user')
   AND t.typtype IN ('e', 'd') AND n.nspname NOT IN ('information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e') \gexec
SELECT format('ALTER ROUTINE %I.%I(%s) OWNER TO webstack_migrator', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid))
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE p.proowner = (SELECT oid FROM pg_roles WHERE rolname = :'master_user')
   AND p.prokind IN ('f', 'p') AND n.nspname NOT IN ('information_schema') AND n.nspname NOT LIKE 'pg\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e') \gexec

-- The app's rights: data, never structure. On what exists, and on what the migrator creates
-- from now on, in every schema the migrator owns plus public.
SELECT format('GRANT USAGE ON SCHEMA %1$I TO webstack_app; '
              'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1$I TO webstack_app; '
              'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1$I TO webstack_app; '
              'ALTER DEFAULT PRIVILEGES FOR ROLE webstack_migrator IN SCHEMA %1$I '
              'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO webstack_app; '
              'ALTER DEFAULT PRIVILEGES FOR ROLE webstack_migrator IN SCHEMA %1$I '
              'GRANT USAGE, SELECT ON SEQUENCES TO webstack_app', nspname)
  FROM pg_namespace
 WHERE nspname = 'public' OR nspowner = (SELECT oid FROM pg_roles WHERE rolname = 'webstack_migrator') \gexec
-- Schemas a later migration creates: their objects still default to the app's rights.
ALTER DEFAULT PRIVILEGES FOR ROLE webstack_migrator GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO webstack_app;
ALTER DEFAULT PRIVILEGES FOR ROLE webstack_migrator GRANT USAGE, SELECT ON SEQUENCES TO webstack_app;
ALTER DEFAULT PRIVILEGES FOR ROLE webstack_migrator GRANT USAGE ON SCHEMAS TO webstack_app;

\echo webstack database setup: roles and grants in place; the app logs in as :app_user
