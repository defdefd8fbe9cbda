package de.agency.integration.cases.privacy;

import de.agency.integration.cases.event.CaseCustomer;
import de.agency.integration.kafka.KafkaClientConfig;
import de.agency.integration.outbox.TopicSettingsConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What Kafka keeps of customer numbers: one record per case on the compacted topic {@value CaseCustomer#TOPIC}, until
 * the tombstone of the case's erasure lets the log cleaner remove it. When that is at the latest follows from the
 * topic's settings, read from the broker (or, while it cannot be asked, from the settings this service applies).
 */
@ApplicationScoped
public class CustomerNumbersInKafka {

    /** The settings that decide when a record superseded by a tombstone is physically gone. */
    static final List<String> SETTINGS = List.of("cleanup.policy", "segment.ms", "max.compaction.lag.ms",
            "min.compaction.lag.ms", "delete.retention.ms");

    /** Allowance for the outbox relay (about a second) and the log cleaner's pause between runs (15 s by default). */
    static final Duration CLEANER_ALLOWANCE = Duration.ofMinutes(1);

    /**
     * Where the number is and when an erased case's record is gone.
     *
     * @param removedWithin after a tombstone, when the record it supersedes is gone at the latest (ISO 8601); null
     *                      if the topic is not compacted (then a tombstone removes nothing)
     * @param settingsFrom  {@code broker}, or {@code configuration} while the broker cannot be asked
     */
    @Schema(name = "CustomerNumberInKafka")
    public record Holding(@Schema(examples = "case-customers") String topic,
                          @Schema(examples = "PT1H1M") String removedWithin,
                          Map<String, String> settings,
                          @Schema(examples = "broker") String settingsFrom,
                          String explanation) {

        /** When the record an erasure at the given time supersedes is gone at the latest; null if never by it. */
        public OffsetDateTime removedBy(OffsetDateTime erasedAt) {
            return removedWithin == null ? null : erasedAt.plus(Duration.parse(removedWithin));
        }
    }

    private final KafkaClientConfig kafka;
    private final TopicSettingsConfig configured;

    CustomerNumbersInKafka(KafkaClientConfig kafka, TopicSettingsConfig configured) {
        this.kafka = kafka;
        this.configured = configured;
    }

    public Holding holding() {
        Map<String, String> settings = fromBroker();
        String from = "broker";
        if (settings.isEmpty()) {
            settings = fromConfiguration();
            from = "configuration";
        }
        Duration removedWithin = removedWithin(settings);
        return new Holding(CaseCustomer.TOPIC, removedWithin == null ? null : removedWithin.toString(), settings, from,
                "One record per case, key = "
                + "the case id, value = its customer number. An erasure writes a tombstone; the log cleaner removes "
                + "the superseded record once the tombstone's segment has rolled (after segment.ms, or "
                + "max.compaction.lag.ms if shorter, at the next record in its partition) and min.compaction.lag.ms "
                + "has passed; the tombstone itself, without personal data, stays delete.retention.ms longer.");
    }

    /**
     * The longest a superseded record outlives its tombstone: the tombstone's segment rolls after segment.ms or
     * max.compaction.lag.ms, whichever is shorter, the records must be min.compaction.lag.ms old, and the cleaner
     * and relay take a little longer.
     */
    static Duration removedWithin(Map<String, String> settings) {
        if (!settings.getOrDefault("cleanup.policy", "").contains("compact")) {
            return null;
        }
        long roll = Math.min(millis(settings, "segment.ms", 604_800_000L),
                millis(settings, "max.compaction.lag.ms", Long.MAX_VALUE));
        long lag = millis(settings, "min.compaction.lag.ms", 0L);
        return Duration.ofMillis(Math.max(roll, lag)).plus(CLEANER_ALLOWANCE);
    }

    private static long millis(Map<String, String> settings, String name, long otherwise) {
        String value = settings.get(name);
        long millis = value == null ? otherwise : Long.parseLong(value);
        return millis <= 0 ? otherwise : millis;
    }

    private Map<String, String> fromBroker() {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, CaseCustomer.TOPIC);
        try (Admin admin = kafka.admin()) {
            Config config = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic);
            Map<String, String> settings = new LinkedHashMap<>();
            SETTINGS.forEach(name -> settings.put(name, config.get(name) == null ? null : config.get(name).value()));
            return settings;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Log.warnf("The settings of %s cannot be read from Kafka now; the configured ones are shown: %s",
                    CaseCustomer.TOPIC, e.getClass().getSimpleName());
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private Map<String, String> fromConfiguration() {
        Map<String, String> own = configured.topics().getOrDefault(CaseCustomer.TOPIC, Map.of());
        Map<String, String> settings = new LinkedHashMap<>();
        SETTINGS.forEach(name -> settings.put(name, own.get(name)));
        return settings;
    }
}
