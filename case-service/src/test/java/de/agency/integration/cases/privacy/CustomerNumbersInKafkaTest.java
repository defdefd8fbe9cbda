package de.agency.integration.cases.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When an erased case's customer number is physically gone from the compacted topic, by its settings. */
class CustomerNumbersInKafkaTest {

    @Test
    void theTombstonesSegmentRollsAfterSegmentMsOrTheMaximumLagIfShorter() {
        assertEquals(Duration.ofHours(1).plusMinutes(1), CustomerNumbersInKafka.removedWithin(Map.of(
                "cleanup.policy", "compact", "segment.ms", "3600000", "max.compaction.lag.ms", "86400000",
                "min.compaction.lag.ms", "0")));
        assertEquals(Duration.ofMinutes(31), CustomerNumbersInKafka.removedWithin(Map.of(
                "cleanup.policy", "compact", "segment.ms", "604800000", "max.compaction.lag.ms", "1800000")));
    }

    @Test
    void aMinimumLagLongerThanTheRollHoldsTheRecordsLonger() {
        assertEquals(Duration.ofHours(2).plusMinutes(1), CustomerNumbersInKafka.removedWithin(Map.of(
                "cleanup.policy", "compact", "segment.ms", "3600000", "min.compaction.lag.ms", "7200000")));
    }

    @Test
    void onATopicThatIsNotCompactedATombstoneRemovesNothing() {
        assertNull(CustomerNumbersInKafka.removedWithin(Map.of("cleanup.policy", "delete", "segment.ms", "3600000")));
    }
}
