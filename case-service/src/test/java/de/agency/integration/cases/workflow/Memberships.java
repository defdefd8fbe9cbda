package de.agency.integration.cases.workflow;

import de.agency.integration.accessreplica.TeamMembershipReplica;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Puts team memberships straight into the replica, as access-service's events would. */
public final class Memberships {

    private Memberships() {
    }

    public static void counsellor(String userId, String team) {
        join(userId, team, TeamMembershipReplica.COUNSELLOR);
    }

    public static void teamLead(String userId, String team) {
        join(userId, team, TeamMembershipReplica.TEAM_LEAD);
    }

    private static void join(String userId, String team, String function) {
        QuarkusTransaction.requiringNew().run(() -> TeamMembershipReplica.join(userId, team, function));
    }
}
