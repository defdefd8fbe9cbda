package de.agency.integration.inbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes the ids of processed events once their topics cannot deliver them again: an id is kept for the longest
 * retention of the topics the service consumes ({@code retention.ms}, read from Kafka on every run) plus a day. A
 * topic that keeps its events forever ({@code retention.ms=-1}, like this system's event topics, which serve rebuilds)
 * keeps the ids forever too: a consumer group whose offsets expired reads such a topic from its start again, and only
 * the ids keep that from a second effect. A plain delete: harmless when several replicas run it.
 */
@ApplicationScoped
class InboxRetention {

    private static final Duration MARGIN = Duration.ofDays(1);

    private final String bootstrapServers;

    InboxRetention(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Scheduled(identity = "inbox-retention", every = "${inbox.purge-every:24h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Set<String> topics = consumedTopics();
        if (topics.isEmpty()) {
            return;
        }
        try {
            cutoff(Instant.now(), retentions(topics)).ifPresentOrElse(this::purge,
                    () -> Log.debugf("Processed event ids kept: a consumed topic keeps its events forever"));
        } catch (RuntimeException e) {
            Log.warnf("Processed event ids not purged this time (Kafka or the database unreachable): %s",
                    e.getMessage());
        }
    }

    /**
     * The instant before which processed ids can go: the longest retention of the consumed topics and a day before
     * now; none if one keeps its events forever (a negative retention) or none is known.
     */
    static Optional<Instant> cutoff(Instant now, Collection<Long> retentionsMs) {
        if (retentionsMs.isEmpty() || retentionsMs.stream().anyMatch(ms -> ms < 0)) {
            return Optional.empty();
        }
        long longest = retentionsMs.stream().mapToLong(Long::longValue).max().orElseThrow();
        return Optional.of(now.minus(Duration.ofMillis(longest)).minus(MARGIN));
    }

    private void purge(Instant cutoff) {
        int deleted = QuarkusTransaction.requiringNew().call(() -> ProcessedEvent
                .delete("processedAt < ?1", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))).intValue();
        if (deleted > 0) {
            Log.infof("Removed %d processed event ids older than %s (their topics no longer hold the events)",
                    deleted, cutoff);
        }
    }

    /** The topics of the service's incoming channels (configured as {@code mp.messaging.incoming.<channel>.topic}). */
    private static Set<String> consumedTopics() {
        var config = ConfigProvider.getConfig();
        Set<String> topics = new TreeSet<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic"))
                .forEach(name -> config.getOptionalValue(name, String.class).ifPresent(topics::add));
        return topics;
    }

    private List<Long> retentions(Set<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics.stream()
                            .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList())
                    .all().get(10, TimeUnit.SECONDS);
            return configs.values().stream()
                    .map(config -> config.get("retention.ms"))
                    .map(ConfigEntry::value)
                    .map(Long::parseLong)
                    .toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the retention of " + topics + ": " + e.getMessage(), e);
        }
    }
}
