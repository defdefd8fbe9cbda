# Sourced by the run and benchmark commands: packages the services and the local stack for running them, with a class
# data sharing archive per service and without container images (they come with ./mvnw verify or package), and skips
# Maven when nothing changed since the last
# time: the fingerprint is the commit, the changes to it and the content of new files (no git: always package).
package_if_changed() {
    local stamp=.devstack/package.fingerprint fingerprint="" new
    if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
        new=$(git ls-files -o --exclude-standard)
        fingerprint=$({ git rev-parse HEAD; git diff --binary HEAD; echo "$new"
            [ -z "$new" ] || echo "$new" | git hash-object --stdin-paths; } | sha1sum)
    fi
    if [ -n "$fingerprint" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ] \
        && [ -f deploy/harness/devstack/target/devstack.jar ] && [ -f deploy/harness/bench/target/bench.jar ]; then
        echo "Nothing changed since the last package: starting without Maven"
        return
    fi
    ./mvnw -B -q -DskipTests -Djib.skip -Dexec.skip package
    mkdir -p .devstack
    [ -z "$fingerprint" ] || echo "$fingerprint" > "$stamp"
}
