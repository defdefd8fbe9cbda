package de.agency.integration.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /** How long a key answers retries with its first response; after it the key may be used afresh. */
    @WithDefault("PT24H")
    Duration window();
}
