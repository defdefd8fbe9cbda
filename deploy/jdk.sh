# Sourced by the run and CI scripts: selects a JDK 17 or newer (JAVA_HOME, then java on the PATH, then /usr/lib/jvm)
# and exports JAVA_HOME; stops with a clear message when there is none.
java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

select_jdk() {
    local candidate
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        local major
        major=$(java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 17 ]; then
            JAVA_HOME=$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)
            export JAVA_HOME
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "This project needs a JDK 17 or newer (found none in JAVA_HOME, on the PATH or under /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-17-jdk-headless', or point JAVA_HOME at it." >&2
    exit 1
}

select_jdk
