#!/usr/bin/env bash
# Runs the whole system in the local container engine: puts the images into it (deploy/images/build-images.sh), writes
# .env with fresh secrets on the first run (.env.example), starts docker-compose.yml and waits until every container is
# healthy, then prints where everything is.
#
#   deploy/compose-up.sh                          # official infrastructure images, from their registries
#   deploy/compose-up.sh --infrastructure-images  # PostgreSQL, Kafka, Keycloak built here (no registry needed)
#
# Needs a Docker engine with the compose v2 plugin, and the build's images (./mvnw package -DskipTests).
# COMPOSE_PROJECT_NAME names another project (a second stack's containers and volumes), ENV_FILE another file than .env
# for its secrets. Stop: deploy/compose-down.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

files=(-f docker-compose.yml)
if [ "${1:-}" = "--infrastructure-images" ]; then
    files+=(-f deploy/compose/infrastructure-images.yml)
    deploy/images/build-images.sh --infrastructure
else
    deploy/images/build-images.sh
fi

env_file=${ENV_FILE:-.env}
random() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
if [ ! -f "$env_file" ]; then
    cp .env.example "$env_file"
    echo "Wrote $env_file with fresh secrets (keep it; it is not committed)"
fi
fill() {  # an empty variable of the env file gets the value
    if grep -q "^$1=$" "$env_file"; then
        sed -i "s|^$1=$|$1=$2|" "$env_file"
    fi
}
for variable in POSTGRES_PASSWORD CASE_SERVICE_DB_PASSWORD INGA_SERVICE_DB_PASSWORD ACCESS_SERVICE_DB_PASSWORD \
                REPORTING_SERVICE_DB_PASSWORD KEYCLOAK_ADMIN_PASSWORD; do
    fill "$variable" "$(random 18 | tr '+/' '-_')"
done
fill INGA_PROTECTED_NOTE_KEYS "k1:$(random 32)"
fill ACCESS_SERVICE_CLIENT_SECRET access-service-demo-secret
fill REPORTING_SERVICE_CLIENT_SECRET reporting-service-demo-secret

start=$(date +%s)
docker compose --env-file "$env_file" "${files[@]}" up --detach --wait --wait-timeout "${COMPOSE_WAIT_TIMEOUT:-600}"
echo "All containers healthy after $(( $(date +%s) - start )) s"
cat <<TEXT

  case-service       http://localhost:8081   (Swagger UI /q/swagger-ui, OpenAPI /q/openapi)
  inga-service       http://localhost:8082
  access-service     http://localhost:8083
  reporting-service  http://localhost:8084   (the dashboard; log in as viewer / demo)
  Keycloak           http://localhost:8180/admin  (admin; password KEYCLOAK_ADMIN_PASSWORD in .env)
  Kafka              localhost:29092          PostgreSQL  localhost:5432 (postgres; POSTGRES_PASSWORD in .env)

The demo realm's users have the password demo. Teams and memberships are entered through access-service's API
(none are there yet in a fresh stack). Get a token:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=agency-cli -d username=counsellor -d password=demo \\
    http://localhost:8180/realms/agency/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
Logs: docker compose logs -f <service>. Stop: deploy/compose-down.sh (deploy/compose-down.sh --volumes: and the data).
TEXT
