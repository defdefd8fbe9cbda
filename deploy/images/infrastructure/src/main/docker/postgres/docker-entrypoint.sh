#!/bin/sh
# The official postgres image's contract, for an image made from Debian's packages: on an empty data directory the
# cluster is initialised with POSTGRES_USER (default postgres) and POSTGRES_PASSWORD, listening on all addresses with
# password authentication, and the scripts in /docker-entrypoint-initdb.d (*.sql, *.sh) run once against it.
set -eu
if [ "${1:-postgres}" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
    : "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
    user=${POSTGRES_USER:-postgres}
    password_file=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
    initdb --username="$user" --pwfile="$password_file" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 -D "$PGDATA" > /dev/null
    rm -f "$password_file"
    printf "listen_addresses = '*'\n" >> "$PGDATA/postgresql.conf"
    printf 'host all all all scram-sha-256\n' >> "$PGDATA/pg_hba.conf"
    pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start > /dev/null
    for script in /docker-entrypoint-initdb.d/*; do
        case "$script" in
            *.sql) echo "running $script"; psql -v ON_ERROR_STOP=1 --username "$user" --dbname postgres -q -f "$script" ;;
            *.sh) echo "running $script"; . "$script" ;;
            *) ;;
        esac
    done
    pg_ctl -D "$PGDATA" -m fast -w stop > /dev/null
    echo "PostgreSQL initialised in $PGDATA"
fi
exec "$@"
