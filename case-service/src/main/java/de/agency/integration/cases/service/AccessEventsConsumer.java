package de.agency.integration.cases.service;

import de.agency.integration.accessreplica.AccessReplication;
import de.agency.integration.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the replicas of X90 team memberships and deputies from access-service's events, each applied once; roles come
 * with the token, and requests do not concern cases.
 */
@ApplicationScoped
public class AccessEventsConsumer {

    private final Inbox inbox;
    private final AccessReplication replication;

    AccessEventsConsumer(Inbox inbox, AccessReplication replication) {
        this.inbox = inbox;
        this.replication = replication;
    }

    @Incoming("access-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
        return inbox.processAll(poll, replication::apply);
    }
}
