#!/usr/bin/env bash
# Re-drives a dead-letter topic once the cause of its records is fixed (a consumer bug released, a catalogue entry
# added): every CloudEvent in it goes back to the topic it came from and passes the normal consumers and their inboxes
# again - the service that dead-lettered it applies it now, the others discard its id as seen. Records that are no
# CloudEvent (poison) are skipped. A second run takes only what arrived since the first. Needs a JDK and the built
# devstack module (./mvnw package -DskipTests); Kafka defaults to the local stack's.
#
#   deploy/redrive-dead-letters.sh reporting-service.case-events.dlq [bootstrap-servers]
set -euo pipefail
cd "$(dirname "$0")/.."
topic=${1:?usage: deploy/redrive-dead-letters.sh <service>.<topic>.dlq [bootstrap-servers]}
. deploy/jdk.sh >/dev/null
exec java -cp "deploy/harness/devstack/target/devstack.jar:deploy/harness/devstack/target/lib/*" \
    de.agency.integration.devstack.DeadLetterRedrive "$topic" "${2:-${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}}"
