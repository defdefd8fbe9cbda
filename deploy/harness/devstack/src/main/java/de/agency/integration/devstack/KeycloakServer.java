package de.agency.integration.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Keycloak server distribution, built once for an in-memory store and started optimised, importing realm
 * {@value #REALM} from the realm file at every start.
 */
final class KeycloakServer {

    static final String REALM = "agency";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    /** The secret of a service's confidential client in the realm file ({@code <client>-demo-secret}, demo only). */
    static String demoClientSecret(String client) {
        return client + "-demo-secret";
    }

    private static final String BUILT_MARKER = ".devstack-built";

    private final Path home;
    private final Path realmFile;
    private final Map<String, String> realmVariables;
    private final Path logDirectory;
    private final int port;
    private ChildProcess process;

    /** @param realmVariables values of the {@code ${VARIABLE}} placeholders of the realm file */
    KeycloakServer(Path home, Path realmFile, Map<String, String> realmVariables, Path logDirectory, int port) {
        this.home = home;
        this.realmFile = realmFile;
        this.realmVariables = Map.copyOf(realmVariables);
        this.logDirectory = logDirectory;
        this.port = port;
    }

    /** Starts the server without waiting; {@link #awaitReady()} waits. */
    void start() {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + "; build it with ./mvnw -pl deploy/harness/devstack -am package -DskipTests");
        }
        buildOnce();
        importRealmFile();
        process = ChildProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                        "--http-enabled=true", "--hostname-strict=false", "--http-port=" + port, "--import-realm"),
                environment(), home, logDirectory);
    }

    void awaitReady() {
        process.awaitHttpOk(issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(3));
    }

    String url() {
        return "http://localhost:" + port;
    }

    String issuer() {
        return url() + "/realms/" + REALM;
    }

    ChildProcess process() {
        return process;
    }

    void stop() {
        if (process != null) {
            process.stop();
        }
    }

    private void buildOnce() {
        if (Files.exists(home.resolve(BUILT_MARKER))) {
            return;
        }
        ChildProcess.run("keycloak-build", List.of(home.resolve("bin/kc.sh").toString(), "build", "--db=dev-mem"),
                environment(), home, logDirectory, Duration.ofMinutes(5));
        try {
            Files.writeString(home.resolve(BUILT_MARKER), "built with --db=dev-mem\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void importRealmFile() {
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the realm file " + realmFile, e);
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(realmVariables);
        environment.putAll(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD));
        return environment;
    }
}
