package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.Deputyship;
import de.agency.integration.cases.domain.TeamMembership;
import de.agency.integration.cases.event.DeputyAssigned;
import de.agency.integration.cases.event.TeamMembershipChanged;
import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps the replicas of X90 team memberships and deputies from access-service's events, each applied once. */
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
            case TeamMembershipChanged.TYPE -> membership(event);
            case DeputyAssigned.TYPE -> {
                DeputyAssigned assigned = event.data(DeputyAssigned.class);
                Deputyship.assign(assigned.deputyshipId(), assigned.counsellorId(), assigned.deputyId(),
                        assigned.validFrom(), assigned.validUntil());
            }
            default -> {
                // roles come with the token; requests do not concern cases
            }
        }
    }

    private static void membership(ReceivedEvent event) {
        TeamMembershipChanged changed = event.data(TeamMembershipChanged.class);
        switch (String.valueOf(changed.change())) {
            case TeamMembershipChanged.JOINED -> TeamMembership.join(changed.userId(), changed.team(), changed.function());
            case TeamMembershipChanged.LEFT -> TeamMembership.leave(changed.userId(), changed.team(), changed.function());
            default -> throw new PoisonEventException(event + " has an unknown change " + changed.change());
        }
    }
}
