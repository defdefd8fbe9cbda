package de.agency.integration.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code deploy/run-local-stack.sh} starts the stack without naming the checkout: it must be found from the code. */
class InstallationTest {

    @Test
    void findsTheCheckoutFromTheBuildOutputWithoutTheProperty() {
        String given = System.clearProperty(Installation.REPOSITORY_PROPERTY);
        try {
            Installation installation = Installation.locate();

            assertTrue(Files.isRegularFile(installation.repositoryRoot().resolve("docker-compose.yml")),
                    installation.repositoryRoot() + " is not the checkout");
            assertTrue(Files.isRegularFile(installation.realmFile()), installation.realmFile() + " is missing");
            assertEquals(installation.repositoryRoot().resolve("deploy/harness/devstack/target"),
                    installation.keycloakHome().getParent());
        } finally {
            if (given != null) {
                System.setProperty(Installation.REPOSITORY_PROPERTY, given);
            }
        }
    }

    @Test
    void thePropertyNamesTheCheckout() {
        String given = System.setProperty(Installation.REPOSITORY_PROPERTY, "/elsewhere");
        try {
            assertEquals(Path.of("/elsewhere"), Installation.locate().repositoryRoot());
        } finally {
            if (given == null) {
                System.clearProperty(Installation.REPOSITORY_PROPERTY);
            } else {
                System.setProperty(Installation.REPOSITORY_PROPERTY, given);
            }
        }
    }
}
