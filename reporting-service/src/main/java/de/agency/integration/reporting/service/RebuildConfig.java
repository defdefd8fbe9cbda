package de.agency.integration.reporting.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a rebuild of the read models replays the topics. */
@ConfigMapping(prefix = "reporting.rebuild")
public interface RebuildConfig {

    /**
     * How many partitions are replayed side by side, each by its own consumer in its own transactions (order holds per
     * partition, as it does for live consumption spread over replicas); the others wait their turn.
     */
    @WithDefault("3")
    int partitionsAtOnce();
}
