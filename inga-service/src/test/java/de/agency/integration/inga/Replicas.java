package de.agency.integration.inga;

import de.agency.integration.accessreplica.DeputyReplica;
import de.agency.integration.accessreplica.TeamMembershipReplica;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.testing.CustomerNumbers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Puts what access-service and case-service would have published straight into inga-service's replicas, for tests of
 * the rules on top of them (the consumers have their own test, through Kafka).
 */
public final class Replicas {

    private Replicas() {
    }

    /** A case of a customer of its own: legal domain and profile category as given. */
    public static UUID kase(String legalDomain, String profileCategory) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            CaseCustomer.remember(id, CustomerNumbers.next());
            CaseReplica kase = new CaseReplica();
            kase.caseId = id;
            kase.legalDomain = legalDomain;
            kase.agency = "311";
            kase.team = "X90-311-CASE";
            kase.profileCategory = profileCategory;
            kase.persist();
        });
        return id;
    }

    public static UUID grant(String user, String role, String team) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            RoleGrantReplica grant = new RoleGrantReplica();
            grant.grantId = id;
            grant.userId = user;
            grant.role = role;
            grant.team = team;
            grant.active = true;
            grant.persist();
        });
        return id;
    }

    public static void revoke(UUID grantId) {
        QuarkusTransaction.requiringNew().run(() -> RoleGrantReplica.<RoleGrantReplica>findById(grantId).active = false);
    }

    public static void deputy(String counsellor, String deputy, LocalDate from, LocalDate until) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeputyReplica replica = new DeputyReplica();
            replica.deputyshipId = UUID.randomUUID();
            replica.counsellorId = counsellor;
            replica.deputyId = deputy;
            replica.validFrom = from;
            replica.validUntil = until;
            replica.persist();
        });
    }

    /** The user leads the team (X90 membership as TEAM_LEAD). */
    public static void lead(String user, String team) {
        QuarkusTransaction.requiringNew().run(() -> TeamMembershipReplica.join(user, team,
                TeamMembershipReplica.TEAM_LEAD));
    }

    /** The user counsels in the team (X90 membership as COUNSELLOR). */
    public static void member(String user, String team) {
        QuarkusTransaction.requiringNew().run(() -> TeamMembershipReplica.join(user, team,
                TeamMembershipReplica.COUNSELLOR));
    }

    public static String user(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
