-- Run once by the postgres image (/docker-entrypoint-initdb.d), as POSTGRES_USER, on an empty data volume.
-- One database per service; the services create their own tables, migrating as POSTGRES_USER (the databases'
-- owner: QUARKUS_FLYWAY_USERNAME in docker-compose.yml).
-- One login role per service that owns nothing: the service's pool connects as it (QUARKUS_DATASOURCE_USERNAME), and
-- every migration run grants it what the service needs, audit_log only SELECT and INSERT (services/common's
-- db/common/afterMigrate__runtime_role_grants.sql; docs/operations.md, "Databases and migrations"). Their password
-- comes from SHORTAGEWATCH_DB_APP_PASSWORD in the postgres container's environment (psql 15's \getenv).
\getenv app_password SHORTAGEWATCH_DB_APP_PASSWORD
CREATE DATABASE report;
CREATE DATABASE allocation;
CREATE DATABASE notification;
CREATE ROLE report_app LOGIN NOINHERIT PASSWORD :'app_password';
CREATE ROLE allocation_app LOGIN NOINHERIT PASSWORD :'app_password';
CREATE ROLE notification_app LOGIN NOINHERIT PASSWORD :'app_password';
