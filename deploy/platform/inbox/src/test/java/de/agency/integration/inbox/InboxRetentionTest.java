package de.agency.integration.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxRetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final long SEVEN_DAYS = Duration.ofDays(7).toMillis();

    @Test
    void idsGoOnceTheLongestRetentionOfTheConsumedTopicsAndADayHavePassed() {
        assertEquals(Optional.of(Instant.parse("2026-11-17T10:00:00Z")),
                InboxRetention.cutoff(NOW, List.of(SEVEN_DAYS, 2 * SEVEN_DAYS)));
    }

    @Test
    void aTopicThatKeepsItsEventsForeverKeepsTheIdsForever() {
        assertEquals(Optional.empty(), InboxRetention.cutoff(NOW, List.of(SEVEN_DAYS, -1L)));
        assertEquals(Optional.empty(), InboxRetention.cutoff(NOW, List.of()));
    }

    @Test
    void theConsumedTopicsAreTheChannelsTopicsNotTheirDeadLetterTopics() {
        assertTrue(InboxRetention.isChannelTopic("mp.messaging.incoming.case-events.topic"));
        assertFalse(InboxRetention.isChannelTopic("mp.messaging.incoming.case-events.dead-letter-queue.topic"));
        assertFalse(InboxRetention.isChannelTopic("mp.messaging.outgoing.outbox.topic"));
    }
}
