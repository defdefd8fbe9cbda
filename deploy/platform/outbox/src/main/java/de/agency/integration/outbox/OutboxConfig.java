package de.agency.integration.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "outbox.relay")
public interface OutboxConfig {

    /** How many events one relay round publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long a round waits for the broker's acknowledgements before it gives up and retries later. */
    @WithDefault("PT30S")
    Duration acknowledgementTimeout();
}
