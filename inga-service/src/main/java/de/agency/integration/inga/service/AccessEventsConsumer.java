package de.agency.integration.inga.service;

import de.agency.integration.accessreplica.AccessReplication;
import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.inga.event.AccessEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps users' Inga roles, and (through the access replica) deputies and team memberships, from access-service's
 * events, each applied once.
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
        return inbox.processAll(poll, this::apply);
    }

    void apply(ReceivedEvent event) {
        if (replication.apply(event)) {
            return;
        }
        switch (event.type()) {
            case AccessEvent.RoleGranted.TYPE -> granted(event.data(AccessEvent.RoleGranted.class));
            case AccessEvent.RoleRevoked.TYPE -> {
                AccessEvent.RoleRevoked revoked = event.data(AccessEvent.RoleRevoked.class);
                RoleGrantReplica grant = RoleGrantReplica.findById(revoked.grantId());
                if (grant != null) {
                    grant.active = false;
                }
            }
            default -> {
                // requests do not concern inga-service
            }
        }
    }

    private static void granted(AccessEvent.RoleGranted granted) {
        if (RoleGrantReplica.findById(granted.grantId()) != null) {
            return;
        }
        RoleGrantReplica grant = new RoleGrantReplica();
        grant.grantId = granted.grantId();
        grant.userId = granted.userId();
        grant.role = granted.role();
        grant.team = granted.team();
        grant.active = true;
        grant.persist();
    }
}
