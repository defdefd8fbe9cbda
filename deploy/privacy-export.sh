#!/usr/bin/env bash
# Subject access (Art. 15 GDPR): everything the four services hold about one customer, as one JSON document per
# service, written into one folder. Needs curl, jq and a user with the realm role DATA_PROTECTION_OFFICER (the demo's
# `dpo`). The services' and Keycloak's addresses default to the local stack's standard ports.
#
#   deploy/privacy-export.sh 123A456789 [folder]
set -euo pipefail
command -v jq > /dev/null || { echo "deploy/privacy-export.sh needs jq (apt-get install jq)" >&2; exit 1; }

number=${1:?usage: deploy/privacy-export.sh <customerNumber> [folder]}
[[ $number =~ ^[0-9]{3}[A-Z][0-9]{6}$ ]] || { echo "Not a customer number: $number" >&2; exit 2; }
folder=${2:-privacy-export-$number-$(date -u +%Y%m%dT%H%M%SZ)}
keycloak=${KEYCLOAK_URL:-http://localhost:8180}
case_service=${CASE_SERVICE_URL:-http://localhost:8081}
inga_service=${INGA_SERVICE_URL:-http://localhost:8082}
access_service=${ACCESS_SERVICE_URL:-http://localhost:8083}
reporting_service=${REPORTING_SERVICE_URL:-http://localhost:8084}

token=$(curl -sSf --data-urlencode grant_type=password --data-urlencode client_id=agency-cli \
    --data-urlencode "username=${DPO_USER:-dpo}" --data-urlencode "password=${DPO_PASSWORD:-demo}" \
    "$keycloak/realms/agency/protocol/openid-connect/token" | jq -er .access_token)

export_from() { # service URL file
    curl -sSf -H "Authorization: Bearer $token" "$1" > "$folder/$2"
}

mkdir -p "$folder"
export_from "$case_service/privacy/customers/$number" case-service.json
export_from "$inga_service/privacy/customers/$number" inga-service.json
export_from "$access_service/privacy/customers/$number" access-service.json
# reporting-service keeps no customer numbers: it is asked by the case ids case-service named
case_ids=$(jq -r '.cases[].case.id' "$folder/case-service.json")
query=$(for id in $case_ids; do printf 'caseId=%s&' "$id"; done)
export_from "$reporting_service/privacy/customers/$number?$query" reporting-service.json
echo "$folder"
