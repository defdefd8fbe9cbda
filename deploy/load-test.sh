#!/usr/bin/env bash
# Load test against a running local stack (deploy/run-local-stack.sh): opens cases with wrk for DURATION on
# CONNECTIONS connections, then waits until reporting-service has counted every committed case exactly once.
# Only loopback addresses are targeted. Needs wrk (installed from Debian's packages when missing and run as root).
set -euo pipefail
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180}
CASES=${CASES:-http://localhost:8081}
REPORTING=${REPORTING:-http://localhost:8084}

if ! command -v wrk > /dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get update -qq && apt-get install -y -qq wrk > /dev/null
    else
        echo "wrk is needed (Debian: apt-get install wrk)" >&2
        exit 1
    fi
fi

token() {
    curl -sf -d grant_type=password -d client_id=agency-cli -d "username=$1" -d password=demo \
        "$KEYCLOAK/realms/agency/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
COUNSELLOR=$(token counsellor)
VIEWER=$(token viewer)
AGENCY="L$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
BODY="{\"customerNumber\":\"123A456789\",\"legalDomain\":\"SGB_III\",\"agency\":\"$AGENCY\",\"team\":\"X90-311-INGA1\",\"counsellor\":\"counsellor\"}"

script=$(mktemp --suffix=.lua)
trap 'rm -f "$script"' EXIT
cat > "$script" <<LUA
wrk.method = "POST"
wrk.body = '$BODY'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $COUNSELLOR"
done = function(summary, latency, requests)
  io.write(string.format("non-2xx responses: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

echo "POST /cases for $DURATION on $CONNECTIONS connections (agency $AGENCY)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$CASES/cases"

opened=$(curl -sf -H "Authorization: Bearer $COUNSELLOR" "$CASES/cases?agency=$AGENCY&size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
start=$(date +%s.%N)
for _ in $(seq 1 600); do
    counted=$(curl -sf -H "Authorization: Bearer $VIEWER" "$REPORTING/reports/cases" \
        | grep -o "\"agency\":\"$AGENCY\",\"cases\":[0-9]*" | grep -o '[0-9]*$' || echo 0)
    if [ "$counted" = "$opened" ]; then
        printf 'reporting counted all %s committed cases exactly once, %.1f s after the load ended\n' \
            "$opened" "$(echo "$(date +%s.%N) - $start" | bc)"
        exit 0
    fi
    sleep 0.2
done
echo "reporting counted $counted of $opened committed cases within 120 s" >&2
exit 1
