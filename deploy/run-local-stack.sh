#!/usr/bin/env bash
# Runs the whole system on this machine without Docker: packages what changed (no container images), then starts a
# real PostgreSQL, a real Kafka broker (KRaft), the real Keycloak with realm "agency" and demo users, and the four
# services. Prints every URL and how to get a token once all are ready; Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/jdk.sh
. deploy/package-if-changed.sh
echo "Using JDK at $JAVA_HOME"
package_if_changed
exec java -Xmx96m -cp "deploy/harness/devstack/target/devstack.jar:deploy/harness/devstack/target/lib/*" \
    de.agency.integration.devstack.DevStack "$@"
