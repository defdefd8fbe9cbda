package de.agency.integration.accessreplica;

import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Applies access-service's events to the replica of memberships and deputyships, in the inbox's transaction; the
 * consuming service's own {@code @Incoming("access-events")} method calls it for every event and handles the rest.
 */
@ApplicationScoped
public class AccessReplication {

    /** The data of TeamMembershipChanged this replica reads (unknown fields ignored). */
    record TeamMembershipChanged(String userId, String team, String function, String change) {
        static final String TYPE = "TeamMembershipChanged";
    }

    /** The data of DeputyAssigned this replica reads (unknown fields ignored). */
    record DeputyAssigned(UUID deputyshipId, String counsellorId, String deputyId, LocalDate validFrom,
                          LocalDate validUntil) {
        static final String TYPE = "DeputyAssigned";
    }

    /** @return whether the event was one of the replica's (else the caller handles or ignores it) */
    public boolean apply(ReceivedEvent event) {
        switch (event.type()) {
            case TeamMembershipChanged.TYPE -> membership(event);
            case DeputyAssigned.TYPE -> {
                DeputyAssigned assigned = event.data(DeputyAssigned.class);
                DeputyReplica.assign(assigned.deputyshipId(), assigned.counsellorId(), assigned.deputyId(),
                        assigned.validFrom(), assigned.validUntil());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A change that is neither JOINED nor LEFT is poison: read as a join, it would let someone lead a team. */
    private static void membership(ReceivedEvent event) {
        TeamMembershipChanged changed = event.data(TeamMembershipChanged.class);
        switch (String.valueOf(changed.change())) {
            case "JOINED" -> TeamMembershipReplica.join(changed.userId(), changed.team(), changed.function());
            case "LEFT" -> TeamMembershipReplica.leave(changed.userId(), changed.team(), changed.function());
            default -> throw new PoisonEventException(event + " has an unknown change " + changed.change());
        }
    }
}
