#!/usr/bin/env bash
# Assembles the services' base image without a Docker engine, the way distroless images are made: Debian trixie's
# packages of a headless JRE 25 and the few libraries it links against, unpacked into one layer, written as a docker-archive tar
# that Jib builds on (tar://). No package manager; busybox is there for the container healthcheck's wget.
#
#   assemble.sh <output.tar>
set -euo pipefail

out=$(realpath -m "$1")
work="$(dirname "$out")/base-image"
java_home=/usr/lib/jvm/java-25-openjdk-amd64
packages=(libc6 libgcc-s1 libstdc++6 zlib1g openjdk-25-jre-headless busybox-static)
app_uid=185

rm -rf "$work" && mkdir -p "$work/debs" "$work/rootfs"
. "$(dirname "$0")/../trixie-packages.sh"
trixie_download "$work/debs" "${packages[@]}"
cd "$work/debs"

rootfs="$work/rootfs"
for deb in *.deb; do
    dpkg-deb -x "$deb" "$rootfs"
    echo "$(dpkg-deb -f "$deb" Package)=$(dpkg-deb -f "$deb" Version)" >>"$work/packages.txt"
done
# What base-files and the packages' maintainer scripts would have done, as far as a JVM needs it: the merged /usr
# (trixie's packages install under /usr only; binaries look for their loader in /lib64), users, the temporary
# directory, name service:
for dir in bin lib lib64 sbin; do
    ln -s "usr/$dir" "$rootfs/$dir"
done
mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/proc" "$rootfs/deployments"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:%s:0:app:/deployments:/sbin/nologin\n' "$app_uid" >"$rootfs/etc/passwd"
printf 'root:x:0:\n' >"$rootfs/etc/group"
printf 'hosts: files dns\n' >"$rootfs/etc/nsswitch.conf"
rm -rf "$rootfs/usr/share/doc" "$rootfs/usr/share/man" "$rootfs/usr/share/lintian" "$rootfs/usr/share/locale"

# The JRE must start inside the image's file system alone, with /proc as a container has it (needs root).
path="$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
in_image() { env -i PATH="$path" unshare --mount --pid --fork --mount-proc="$rootfs/proc" chroot "$rootfs" "$@"; }
if [ "$(id -u)" = 0 ]; then
    in_image java -version 2>&1 | sed 's/^/  base image: /'
    in_image busybox wget --help >/dev/null 2>&1 || { echo "wget missing in the base image" >&2; exit 1; }
fi

layer="$work/layer.tar"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$layer" .
diff_id=sha256:$(sha256sum "$layer" | cut -d' ' -f1)
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"$app_uid","WorkingDir":"/deployments",
  "Env":["PATH=$path","JAVA_HOME=$java_home","LANG=C.UTF-8"],
  "Labels":{"org.opencontainers.image.description":"Debian packages: $(paste -sd, "$work/packages.txt")"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/base-image/assemble.sh"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["agency/jre-base:25"],"Layers":["layer.tar"]}]\n' >"$work/manifest.json"
tar --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "Base image $out ($(du -h "$out" | cut -f1)): $(paste -sd, "$work/packages.txt")"
