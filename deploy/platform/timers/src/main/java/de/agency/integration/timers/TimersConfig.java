package de.agency.integration.timers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "timers")
public interface TimersConfig {

    /** How often the job looks for timers that came due ({@code off} in tests, which fire them by hand). */
    @WithDefault("5m")
    String every();

    /** Timers fired per transaction. */
    @WithDefault("200")
    int batchSize();
}
