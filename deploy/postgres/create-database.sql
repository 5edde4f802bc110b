-- Creates the PostgreSQL role and database for Rebuild. The tables are not created here:
-- the application creates and migrates its schema itself (Flyway) when it starts.
--
-- Run as a PostgreSQL superuser, giving the new role's password as a psql variable:
--
--   sudo -u postgres psql -v rebuild_password='...' -f create-database.sql
--
-- Running it again is safe: an existing role keeps its name and gets the given password
-- (and LOGIN); an existing database is left as it is.
--
-- The password is sent to the server in a CREATE/ALTER ROLE statement, so it can appear in
-- the server log if log_statement is set to 'ddl' or 'all'. PostgreSQL stores it hashed
-- (scram-sha-256 by default since PostgreSQL 14).

\set ON_ERROR_STOP on

\if :{?rebuild_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'Give the password: psql -v rebuild_password=... -f create-database.sql'; END $$;
\endif

-- The role the application connects as: it can log in and nothing more.
SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rebuild') AS rebuild_role_exists \gset
\if :rebuild_role_exists
ALTER ROLE rebuild WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'rebuild_password';
\else
CREATE ROLE rebuild WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'rebuild_password';
\endif

-- The database, owned by that role so that Flyway can create the tables in it.
-- template0 allows an encoding other than template1's. If this fails with "encoding UTF8 does
-- not match locale", the server's default locale is not a UTF-8 one: add, for example,
-- LOCALE 'C.UTF-8' (or another UTF-8 locale installed on the server) to the statement.
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'rebuild') AS rebuild_database_missing \gset
\if :rebuild_database_missing
CREATE DATABASE rebuild WITH OWNER rebuild ENCODING 'UTF8' TEMPLATE template0;
\else
\echo 'Database rebuild already exists: left unchanged.'
\endif

-- By default every role may connect to a new database. Allow only the owner (and superusers).
REVOKE CONNECT ON DATABASE rebuild FROM PUBLIC;
