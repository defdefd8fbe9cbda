# Sourced: trixie_download <directory> <package>... fetches Debian trixie's .deb files into the directory without
# installing anything and without touching the machine's own apt sources (a bookworm machine's, say): the package
# lists are kept apart, under ${XDG_CACHE_HOME:-~/.cache}/agency-apt-trixie, and refreshed when a day old or when a
# download fails; security updates included. DEBIAN_MIRROR and DEBIAN_SECURITY_MIRROR name other mirrors (an
# air-gapped site's own).
trixie_download() {
    local into=$1
    shift
    local state=${XDG_CACHE_HOME:-$HOME/.cache}/agency-apt-trixie
    mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/sources"
    local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: %s\n\n' \
        "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" "trixie trixie-updates" "$keyring" \
        "${DEBIAN_SECURITY_MIRROR:-http://security.debian.org/debian-security}" trixie-security "$keyring" \
        > "$state/sources/trixie.sources"
    local options=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$state/sources"
                   -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache" -o APT::Sandbox::User=root)
    if [ -z "$(find "$state/lists" -maxdepth 1 -name '*_Packages*' -mtime -1 2>/dev/null | head -1)" ]; then
        apt-get "${options[@]}" update -qq
    fi
    if ! (cd "$into" && apt-get "${options[@]}" download -q "$@" > /dev/null 2>&1); then
        apt-get "${options[@]}" update -qq
        (cd "$into" && apt-get "${options[@]}" download -q "$@" > /dev/null)
    fi
}
