package de.agency.integration.inga.service;

import de.agency.integration.inga.domain.DeputyReplica;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.inga.domain.TeamMembershipReplica;
import de.agency.integration.inga.event.AccessEvent;
import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps users' Inga roles, deputies and team memberships from access-service's events, each applied once. */
@ApplicationScoped
public class AccessEventsConsumer {

    private final Inbox inbox;

    AccessEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("access-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.process(message, this::apply);
    }

    void apply(ReceivedEvent event) {
        switch (event.type()) {
            case AccessEvent.RoleGranted.TYPE -> granted(event.data(AccessEvent.RoleGranted.class));
            case AccessEvent.RoleRevoked.TYPE -> {
                AccessEvent.RoleRevoked revoked = event.data(AccessEvent.RoleRevoked.class);
                RoleGrantReplica grant = RoleGrantReplica.findById(revoked.grantId());
                if (grant != null) {
                    grant.active = false;
                }
            }
            case AccessEvent.DeputyAssigned.TYPE -> deputy(event.data(AccessEvent.DeputyAssigned.class));
            case AccessEvent.TeamMembershipChanged.TYPE -> membership(event);
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

    /** A change that is neither JOINED nor LEFT is poison: read as a join, it would let someone lead a team. */
    private static void membership(ReceivedEvent event) {
        AccessEvent.TeamMembershipChanged changed = event.data(AccessEvent.TeamMembershipChanged.class);
        switch (String.valueOf(changed.change())) {
            case AccessEvent.TeamMembershipChanged.JOINED ->
                    TeamMembershipReplica.join(changed.userId(), changed.team(), changed.function());
            case AccessEvent.TeamMembershipChanged.LEFT ->
                    TeamMembershipReplica.leave(changed.userId(), changed.team(), changed.function());
            default -> throw new PoisonEventException(event + " has an unknown change " + changed.change());
        }
    }

    private static void deputy(AccessEvent.DeputyAssigned assigned) {
        if (DeputyReplica.findById(assigned.deputyshipId()) != null) {
            return;
        }
        DeputyReplica deputy = new DeputyReplica();
        deputy.deputyshipId = assigned.deputyshipId();
        deputy.counsellorId = assigned.counsellorId();
        deputy.deputyId = assigned.deputyId();
        deputy.validFrom = assigned.validFrom();
        deputy.validUntil = assigned.validUntil();
        deputy.persist();
    }
}
