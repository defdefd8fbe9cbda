#!/usr/bin/env bash
# Stops and removes the containers deploy/compose-up.sh started; the data stays in its volumes unless --volumes.
#
#   deploy/compose-down.sh [--volumes]        (COMPOSE_PROJECT_NAME and ENV_FILE as for compose-up.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
[ "${1:-}" = "--volumes" ] && args+=(--volumes)
env_file=${ENV_FILE:-.env}
if [ ! -f "$env_file" ]; then
    # nothing was started with secrets of its own: stopping needs none (the file only asks that they are set)
    env_file=$(mktemp)
    trap 'rm -f "$env_file"' EXIT
    sed 's/=$/=unset/' .env.example > "$env_file"
fi
docker compose --env-file "$env_file" -f docker-compose.yml -f deploy/compose/infrastructure-images.yml \
    down "${args[@]}"
