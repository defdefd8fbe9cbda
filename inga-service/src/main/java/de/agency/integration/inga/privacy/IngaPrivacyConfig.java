package de.agency.integration.inga.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long inga-service keeps what is not erased with its case. */
@ConfigMapping(prefix = "inga.privacy")
public interface IngaPrivacyConfig {

    /** The protected-note audit (who read or wrote which note, when) is kept this long, then deleted. */
    @WithDefault("P10Y")
    Period noteAuditRetention();

    /** How often expired audit rows are deleted ({@code off} to disable). */
    @WithDefault("24h")
    String noteAuditPurgeEvery();
}
