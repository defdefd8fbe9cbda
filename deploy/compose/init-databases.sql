-- One database and one login role per service (demo passwords; set real ones through the environment in production).
create role case_service login password 'case_service';
create database case_service owner case_service;
create role inga_service login password 'inga_service';
create database inga_service owner inga_service;
create role access_service login password 'access_service';
create database access_service owner access_service;
create role reporting_service login password 'reporting_service';
create database reporting_service owner reporting_service;
