#!/usr/bin/env bash
# The benchmark: starts its own local stack on free ports (so that it runs beside a running one) and measures every
# row of the performance table next to its raw baseline in the same run - pgbench on the same SQL, a plain Kafka
# consumer on the same topics - then checks that every committed case was counted exactly once, live and after a
# rebuild. Prints the table; writes deploy/harness/bench/target/benchmark.md and latency.html.
# Usage: deploy/benchmark.sh [seconds per measurement, default 20] [image|local] [baseline]: the services run with the
# images' JVM settings (default: what production runs) or the local stack's (C1 only) for comparison; each warm-up goes
# on until the CPU per request stops falling. A baseline (the case-service/target/quarkus-app directory of another
# commit's package, e.g. in a git worktree) adds a lever row: this build against that one, alternated in the run. Needs wrk and pgbench (installed from Debian's packages when missing and
# run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/jdk.sh
. deploy/package-if-changed.sh
package_if_changed
exec java -Xmx256m -Ddevstack.repository="$PWD" -cp "deploy/harness/bench/target/bench.jar:deploy/harness/bench/target/lib/*" \
    de.agency.integration.bench.Benchmark "${1:-20}" deploy/harness/bench/target "${2:-image}" ${3:+"$3"}
