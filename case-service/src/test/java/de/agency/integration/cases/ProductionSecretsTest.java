package de.agency.integration.cases;

import de.agency.integration.testing.ProductionSecrets;
import org.junit.jupiter.api.Test;

/** Production does not start without its secrets; no demo value stands in for them outside dev and test. */
class ProductionSecretsTest {

    @Test
    void secretsComeOnlyFromTheEnvironmentInProduction() {
        ProductionSecrets.assertOnlyFromTheEnvironmentInProduction(
                "quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD");
    }
}
