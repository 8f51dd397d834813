-- Run once by the postgres image (/docker-entrypoint-initdb.d), as POSTGRES_USER, on an empty data volume.
-- One database per service; the services create their own tables.
CREATE DATABASE report;
CREATE DATABASE allocation;
CREATE DATABASE notification;
