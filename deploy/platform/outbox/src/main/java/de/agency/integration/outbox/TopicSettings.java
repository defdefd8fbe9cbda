package de.agency.integration.outbox;

import de.agency.integration.kafka.KafkaClientConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the service's topics with their settings, or sets those settings on topics that exist (created by the
 * broker on first use, or by an older version): retention of the event topics, compaction of a topic whose records
 * carry personal data. Tried at start and again until it succeeds while Kafka is unreachable.
 */
@ApplicationScoped
class TopicSettings {

    private final TopicSettingsConfig config;
    private final KafkaClientConfig kafka;
    private volatile boolean applied;

    TopicSettings(TopicSettingsConfig config, KafkaClientConfig kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    void atStart(@Observes StartupEvent start) {
        applyIfPending();
    }

    @Scheduled(identity = "kafka-topic-settings", every = "30s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void applyIfPending() {
        if (applied || config.topics().isEmpty()) {
            return;
        }
        try (Admin admin = kafka.admin()) {
            config.topics().forEach((topic, settings) -> apply(admin, topic, settings));
            applied = true;
        } catch (RuntimeException e) {
            Log.warnf("Kafka topic settings not applied yet, tried again in 30 s: %s", e.getMessage());
        }
    }

    private static void apply(Admin admin, String topic, Map<String, String> settings) {
        try {
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()).configs(settings)))
                        .all().get(10, TimeUnit.SECONDS);
                Log.infof("Created topic %s with %s", topic, settings);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                admin.incrementalAlterConfigs(Map.of(resource, settings.entrySet().stream()
                                .map(setting -> new AlterConfigOp(new ConfigEntry(setting.getKey(), setting.getValue()),
                                        AlterConfigOp.OpType.SET)).toList()))
                        .all().get(10, TimeUnit.SECONDS);
                Log.infof("Topic %s set to %s", topic, settings);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Cannot apply the settings of topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
