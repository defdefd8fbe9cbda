package de.agency.integration.access.keycloak;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How grants are synchronised to Keycloak's realm roles. */
@ConfigMapping(prefix = "access.keycloak-sync")
public interface KeycloakSyncConfig {

    /** The realm whose users get the roles. */
    @WithDefault("agency")
    String realm();

    /** How often queued users are aligned (read by the scheduler from the same property). */
    Duration every();

    /** First run after startup, which begins with the reconciliation (read by the scheduler). */
    Duration delayed();

    /** Users aligned per run. */
    @WithDefault("50")
    int batchSize();

    /** Wait before the first retry of a failed alignment; doubled per failure up to {@link #maxBackoff()}. */
    @WithDefault("2s")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();
}
