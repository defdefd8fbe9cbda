#!/usr/bin/env bash
# Puts every image docker-compose.yml runs into the local container engine, without a registry:
#   - the four services' images, from the build's Jib tarballs (<service>/target/jib-image.tar, Docker format);
#   - with --infrastructure, also PostgreSQL, Kafka and Keycloak, built from Debian packages and the Maven Central
#     artifacts the local stack runs (build contexts in deploy/images/infrastructure/target/docker), on a Debian root
#     file system made by debootstrap. DEBIAN_MIRROR names another Debian mirror (an air-gapped site's own).
# Images already in the engine are kept; FORCE=1 builds the infrastructure images again. One infrastructure build runs
# at a time: a second waits for the first (a lock) and then finds its images present. --infrastructure-only builds
# them without the services' (e.g. ahead of the build, as .ci/run does); INFRASTRUCTURE_CONTEXT names a copy of their
# build contexts to build from.
#
#   deploy/images/build-images.sh [--infrastructure | --infrastructure-only]
set -euo pipefail
cd "$(dirname "$0")/../.."

property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }

case "${1:-}" in
    "") services=yes infrastructure= ;;
    --infrastructure) services=yes infrastructure=yes ;;
    --infrastructure-only) services= infrastructure=yes ;;
    *) echo "usage: $0 [--infrastructure | --infrastructure-only]" >&2; exit 2 ;;
esac

for service in ${services:+case-service inga-service access-service reporting-service}; do
    tar=$service/target/jib-image.tar
    if [ ! -f "$tar" ]; then
        echo "$tar is missing: build the images first with ./mvnw package -DskipTests" >&2
        exit 1
    fi
    docker load -q -i "$tar" | sed 's/^/  /'
done

[ -n "$infrastructure" ] || exit 0

exec 9> "${TMPDIR:-/tmp}/agency-infrastructure-images.lock"
flock 9
present() { [ -z "${FORCE:-}" ] && docker image inspect "$1" > /dev/null 2>&1; }
context=${INFRASTRUCTURE_CONTEXT:-deploy/images/infrastructure/target/docker}
if [ ! -d "$context/keycloak" ]; then
    echo "$context is missing: build it first with ./mvnw package -DskipTests" >&2
    exit 1
fi

base=agency/debian:trixie
if ! present "$base"; then
    command -v debootstrap > /dev/null || apt-get install -y -qq debootstrap > /dev/null
    root=$(mktemp -d)
    echo "  $base: debootstrap (minbase) from ${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
    debootstrap --variant=minbase trixie "$root" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" > "$root.log" 2>&1 \
        || { tail -20 "$root.log" >&2; exit 1; }
    tar --numeric-owner -C "$root" -c . | docker import - "$base" > /dev/null
    rm -rf "$root" "$root.log"
fi
build() {  # image, its context's name, build arguments
    local image=$1 name=$2
    shift 2
    if present "$image"; then
        echo "  $image: present"
    else
        echo "  $image: building"
        docker build "$@" -t "$image" "$context/$name" > "$context/$name.log" 2>&1 \
            || { tail -30 "$context/$name.log" >&2; exit 1; }
    fi
}
build agency/postgres:17 postgres --build-arg BASE="$base"
build agency/jre:21 jre --build-arg BASE="$base"
build "agency/kafka:$(property kafka.version)" kafka --build-arg JRE=agency/jre:21
build "agency/keycloak:$(property keycloak.version)" keycloak --build-arg JRE=agency/jre:21 \
    --build-arg KEYCLOAK_VERSION="$(property keycloak.version)"
