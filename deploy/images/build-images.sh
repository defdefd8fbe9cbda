#!/usr/bin/env bash
# Puts every image docker-compose.yml runs into the local container engine, without a registry:
#   - the four services' images, from the build's Jib tarballs (<service>/target/jib-image.tar, Docker format);
#   - with --infrastructure, also PostgreSQL, Kafka and Keycloak, built from Debian packages and the Maven Central
#     artifacts the local stack runs (build contexts in deploy/images/infrastructure/target/docker), on a Debian root
#     file system made by debootstrap. DEBIAN_MIRROR names another Debian mirror (an air-gapped site's own).
# Images already in the engine are kept; FORCE=1 builds the infrastructure images again.
#
#   deploy/images/build-images.sh [--infrastructure]
set -euo pipefail
cd "$(dirname "$0")/../.."

property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }

for service in case-service inga-service access-service reporting-service; do
    tar=$service/target/jib-image.tar
    if [ ! -f "$tar" ]; then
        echo "$tar is missing: build the images first with ./mvnw package -DskipTests" >&2
        exit 1
    fi
    docker load -q -i "$tar" | sed 's/^/  /'
done

[ "${1:-}" = "--infrastructure" ] || exit 0

present() { [ -z "${FORCE:-}" ] && docker image inspect "$1" > /dev/null 2>&1; }
context=deploy/images/infrastructure/target/docker
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
