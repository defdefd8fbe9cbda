#!/usr/bin/env bash
# A service image's AOT cache (JDK 25: JEP 483's classes loaded and linked, JEP 515's method profiles), made the way a
# Dockerfile's training step makes one, but without a Docker engine: inside the base image's file system with its own
# JRE (a cache serves only the JVM build that wrote it), on the fast-jar at /deployments with the file times Jib gives
# it (1970-01-01T00:00:01Z: the cache records its jars' times and sizes), with the image's JVM options. The training
# is Quarkus' start up to its AppCDS control point, the beans ready (-Dquarkus.appcds.generate=true: no database,
# broker or identity provider connected). The script then starts the service once more in the same place with the cache required
# (-XX:AOTMode=on), so a cache the image's JVM could not use fails the build. The training's own options are
# configuration a service's start needs before the training ends (e.g. a secret that production takes from the
# environment only); the cache holds classes and profiles, no configuration. Writes <output>/app.aot, which Jib adds
# beside quarkus-run.jar and the image's JDK_JAVA_OPTIONS name (the runs' output beside it, <output>-*.log). Needs root (chroot, private mount and PID namespaces);
# elsewhere it writes nothing and the image's JVM starts without a cache (logging that it could not map one).
#
#   aot-cache.sh <quarkus-app directory> <output directory> <the image's JVM options> [the training's own options]
set -euo pipefail

app=$(realpath "$1")
out=$(realpath -m "$2")
options=$3
training=${4:-}
rootfs=$(realpath -m "$(dirname "$0")/base-image/target/base-image/rootfs")
rm -rf "$out" && mkdir -p "$out"
if [ "$(id -u)" != 0 ]; then
    echo "Not root: the image gets no AOT cache"
    exit 0
fi
[ -x "$rootfs/usr/bin/busybox" ] || { echo "No base image file system at $rootfs: package deploy/images first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/deployments" "$work/tmp"
cp -a "$app/." "$work/deployments/"
rm -f "$work/deployments/app-cds.jsa"
find "$work/deployments" -exec touch -h -d @1 {} +

# One service's training beside another's (the reactor builds in parallel): each in its own mount and PID namespace,
# with its own /deployments and /tmp bound over the shared file system's.
java_home=$(sed -n 's/.*"JAVA_HOME=\([^"]*\)".*/\1/p' "$rootfs/../config.json")
in_image() {
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 WORK="$work" ROOTFS="$rootfs" \
        unshare --mount --pid --fork --mount-proc="$rootfs/proc" bash -c '
            mount --bind "$WORK/deployments" "$ROOTFS/deployments" && mount --bind "$WORK/tmp" "$ROOTFS/tmp" &&
            exec chroot "$ROOTFS" /usr/bin/busybox sh -c "cd /deployments && exec \"\$@\"" sh "$@"' bash "$@"
}
# shellcheck disable=SC2086 # the options are words
in_image "$java_home/bin/java" $options $training -XX:AOTCacheOutput=/deployments/app.aot -Dquarkus.appcds.generate=true \
    -jar /deployments/quarkus-run.jar > "$out-training.log" 2>&1 \
    || { tail -20 "$out-training.log" >&2; exit 1; }
# shellcheck disable=SC2086
in_image "$java_home/bin/java" $options $training -XX:AOTMode=on -XX:AOTCache=/deployments/app.aot \
    -Dquarkus.appcds.generate=true -jar /deployments/quarkus-run.jar > "$out-check.log" 2>&1 \
    || { echo "The image's JVM cannot use the AOT cache it wrote:" >&2; tail -20 "$out-check.log" >&2; exit 1; }
mv "$work/deployments/app.aot" "$out/app.aot"
echo "AOT cache $out/app.aot ($(du -h "$out/app.aot" | cut -f1)), trained in the base image by the start of $(basename "$(dirname "$(dirname "$app")")")"
