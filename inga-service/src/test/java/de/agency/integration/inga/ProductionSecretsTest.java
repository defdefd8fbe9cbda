package de.agency.integration.inga;

import de.agency.integration.testing.ProductionSecrets;
import org.junit.jupiter.api.Test;

/** Production does not start without its secrets; no demo value stands in for them outside dev and test. */
class ProductionSecretsTest {

    @Test
    void secretsComeOnlyFromTheEnvironmentInProduction() {
        ProductionSecrets.assertOnlyFromTheEnvironmentInProduction(
                "quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD",
                "inga.protected-note.keys", "INGA_PROTECTED_NOTE_KEYS",
                "inga.protected-note.active-key", "INGA_PROTECTED_NOTE_ACTIVE_KEY");
    }
}
