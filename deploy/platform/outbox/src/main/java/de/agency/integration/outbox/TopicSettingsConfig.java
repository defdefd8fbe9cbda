package de.agency.integration.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * Kafka settings of the topics a service produces, by topic and setting, e.g.
 * {@code kafka-topics."case-customers"."cleanup.policy"=compact}; applied by {@link TopicSettings}.
 */
@ConfigMapping(prefix = "kafka-topics")
public interface TopicSettingsConfig {

    @WithParentName
    Map<String, Map<String, String>> topics();
}
