package de.agency.integration.reporting;

import de.agency.integration.testing.ProductionSecrets;
import org.junit.jupiter.api.Test;

/** Production does not start without its secrets; no demo value stands in for them outside dev and test. */
class ProductionSecretsTest {

    @Test
    void secretsComeOnlyFromTheEnvironmentInProduction() {
        ProductionSecrets.assertOnlyFromTheEnvironmentInProduction(
                "quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD",
                "quarkus.oidc.dashboard.credentials.secret", "REPORTING_OIDC_CLIENT_SECRET");
    }
}
