package de.agency.integration.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "inbox.retry")
public interface InboxConfig {

    /** How often an effect that fails for a passing reason (e.g. the database) is tried before the dead-letter topic. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait before the second attempt; it doubles with every further one. */
    @WithDefault("PT0.2S")
    Duration initialBackoff();

    /** The longest wait between two attempts, also while the database cannot be reached. */
    @WithDefault("PT5S")
    Duration maxBackoff();
}
