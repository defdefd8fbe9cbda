package de.agency.integration.inbox;

import de.agency.integration.kafka.KafkaClientConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Removes the ids of processed events once their topics cannot deliver them again: an id is kept for the longest
 * retention of the topics the service consumes ({@code retention.ms}, read from Kafka on every run) plus a day. A
 * topic that keeps its events forever ({@code retention.ms=-1}, like this system's event topics, which serve rebuilds)
 * keeps the ids forever too: a consumer group whose offsets expired reads such a topic from its start again, and only
 * the ids keep that from a second effect. A consumed topic that does not exist yet has delivered nothing, so it holds
 * no id back; dead-letter topics are written, not consumed, and do not count. A plain delete: harmless when several
 * replicas run it.
 */
@ApplicationScoped
public class InboxRetention {

    private static final Duration MARGIN = Duration.ofDays(1);
    private static final String INCOMING = "mp.messaging.incoming.";

    private final KafkaClientConfig kafka;

    InboxRetention(KafkaClientConfig kafka) {
        this.kafka = kafka;
    }

    @Scheduled(identity = "inbox-retention", every = "${inbox.purge-every:24h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        try {
            purge();
        } catch (RuntimeException e) {
            Log.warnf("Processed event ids not purged this time (Kafka or the database unreachable): %s",
                    e.getMessage());
        }
    }

    /**
     * Removes the processed ids whose topics can no longer deliver their events.
     *
     * @return the number of ids removed
     * @throws IllegalStateException if Kafka cannot tell the topics' retention
     */
    public int purge() {
        Set<String> topics = consumedTopics();
        Optional<Instant> cutoff = topics.isEmpty() ? Optional.empty() : cutoff(Instant.now(), retentions(topics));
        if (cutoff.isEmpty()) {
            Log.debugf("Processed event ids kept: a consumed topic keeps its events forever");
            return 0;
        }
        int deleted = QuarkusTransaction.requiringNew().call(() -> ProcessedEvent
                .delete("processedAt < ?1", OffsetDateTime.ofInstant(cutoff.get(), ZoneOffset.UTC))).intValue();
        if (deleted > 0) {
            Log.infof("Removed %d processed event ids older than %s (their topics no longer hold the events)",
                    deleted, cutoff.get());
        }
        return deleted;
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

    /** The topics of the service's incoming channels ({@code mp.messaging.incoming.<channel>.topic}). */
    private static Set<String> consumedTopics() {
        var config = ConfigProvider.getConfig();
        Set<String> topics = new TreeSet<>();
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(InboxRetention::isChannelTopic)
                .forEach(name -> config.getOptionalValue(name, String.class).ifPresent(topics::add));
        return topics;
    }

    /** {@code mp.messaging.incoming.case-events.topic}, not {@code ...case-events.dead-letter-queue.topic}. */
    static boolean isChannelTopic(String property) {
        if (!property.startsWith(INCOMING) || !property.endsWith(".topic")) {
            return false;
        }
        String channel = property.substring(INCOMING.length(), property.length() - ".topic".length());
        return !channel.isEmpty() && !channel.contains(".");
    }

    /** The retention of each consumed topic that exists. */
    private List<Long> retentions(Set<String> topics) {
        try (Admin admin = kafka.admin()) {
            Map<ConfigResource, KafkaFuture<Config>> configs = admin.describeConfigs(topics.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList()).values();
            List<Long> retentions = new ArrayList<>();
            for (var entry : configs.entrySet()) {
                try {
                    retentions.add(Long.parseLong(entry.getValue().get(10, TimeUnit.SECONDS)
                            .get("retention.ms").value()));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                    Log.debugf("Topic %s does not exist yet: it holds back no processed id", entry.getKey().name());
                }
            }
            return retentions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the retention of " + topics + ": " + e.getMessage(), e);
        }
    }
}
