#!/bin/sh
# One database and one login role per service, each role's password from the environment (docker-compose.yml passes
# them from .env). Run once by the postgres image, on an empty data directory.
set -eu
for service in case inga access reporting; do
    variable=$(printf '%s_SERVICE_DB_PASSWORD' "$service" | tr 'a-z' 'A-Z')
    password=$(printenv "$variable") || { echo "set $variable" >&2; exit 1; }
    psql -v ON_ERROR_STOP=1 -v role="${service}_service" -v password="$password" \
        --username "${POSTGRES_USER:-postgres}" --dbname postgres <<'SQL'
create role :"role" login password :'password';
create database :"role" owner :"role";
SQL
done
