package de.agency.integration.reporting.service;

import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the projections from the three topics, each event once (inbox), none while a rebuild runs
 * ({@link LiveConsumption}); poison goes to the dead-letter topics.
 */
@ApplicationScoped
public class EventConsumers {

    private final Inbox inbox;
    private final CaseProjection cases;
    private final IngaProjection inga;
    private final AccessProjection access;
    private final LiveConsumption live;

    EventConsumers(Inbox inbox, CaseProjection cases, IngaProjection inga, AccessProjection access,
                   LiveConsumption live) {
        this.inbox = inbox;
        this.live = live;
        this.cases = cases;
        this.inga = inga;
        this.access = access;
    }

    private Consumer<ReceivedEvent> live(Projection projection) {
        return event -> {
            live.awaitNoRebuild();
            projection.apply(event);
        };
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> caseEvents(KafkaRecordBatch<String, String> poll) {
        return inbox.processAll(poll, live(cases));
    }

    @Incoming("inga-events")
    @Blocking
    public CompletionStage<Void> ingaEvents(KafkaRecordBatch<String, String> poll) {
        return inbox.processAll(poll, live(inga));
    }

    @Incoming("access-events")
    @Blocking
    public CompletionStage<Void> accessEvents(KafkaRecordBatch<String, String> poll) {
        return inbox.processAll(poll, live(access));
    }
}
