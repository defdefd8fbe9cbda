package de.agency.integration.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the checkout, the unpacked Keycloak distribution and the realm file are. The checkout is given by system
 * property {@value #REPOSITORY_PROPERTY}, or else found from this module's build output.
 */
record Installation(Path repositoryRoot, Path keycloakHome, Path realmFile) {

    static final String REPOSITORY_PROPERTY = "devstack.repository";

    static Installation locate() {
        Path root = Optional.ofNullable(System.getProperty(REPOSITORY_PROPERTY))
                .map(Path::of)
                .orElseGet(() -> codeLocation().getParent().getParent().getParent().getParent().getParent())
                .toAbsolutePath();
        return new Installation(root, root.resolve("deploy/harness/devstack/target/keycloak-" + keycloakVersion()),
                root.resolve("deploy/keycloak/agency-realm.json"));
    }

    /** {@code deploy/harness/devstack/target/devstack.jar} or {@code deploy/harness/devstack/target/classes}. */
    private static Path codeLocation() {
        try {
            return Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keycloakVersion() {
        try (InputStream in = Installation.class.getResourceAsStream("/devstack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
