package de.agency.integration.access;

import de.agency.integration.testing.ProductionSecrets;
import org.junit.jupiter.api.Test;

/** Production does not start without its secrets; no demo value stands in for them outside dev and test. */
class ProductionSecretsTest {

    @Test
    void secretsComeOnlyFromTheEnvironmentInProduction() {
        ProductionSecrets.assertOnlyFromTheEnvironmentInProduction(
                "quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD",
                "quarkus.keycloak.admin-client.client-secret", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");
    }
}
