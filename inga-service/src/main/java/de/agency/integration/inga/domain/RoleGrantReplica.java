package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A role grant of access-service, from RoleGranted and RoleRevoked. */
@Entity
@Table(name = "role_grant_replica")
public class RoleGrantReplica extends PanacheEntityBase {

    public static final String INTEGRATION_COUNSELLOR_SGB3 = "INTEGRATION_COUNSELLOR_SGB3";
    public static final String INGA_ADDITIONAL_PERMISSION = "INGA_ADDITIONAL_PERMISSION";

    @Id
    @Column(name = "grant_id")
    public UUID grantId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(nullable = false)
    public String role;

    /** The X90 team the grant rests on. */
    public String team;

    @Column(nullable = false)
    public boolean active;

    public static boolean holds(String userId, String role) {
        return count("userId = ?1 and role = ?2 and active = true", userId, role) > 0;
    }

    /** The team the user's role rests on. */
    public static Optional<String> teamOf(String userId, String role) {
        return find("userId = ?1 and role = ?2 and active = true", userId, role).<RoleGrantReplica>firstResultOptional()
                .map(grant -> grant.team);
    }

    public static boolean holdsFor(String userId, String role, String team) {
        return count("userId = ?1 and role = ?2 and team = ?3 and active = true", userId, role, team) > 0;
    }

    /** An Inga team: one where somebody holds {@code INTEGRATION_COUNSELLOR_SGB3}. */
    public static boolean isIngaTeam(String team) {
        return count("team = ?1 and role = ?2 and active = true", team, INTEGRATION_COUNSELLOR_SGB3) > 0;
    }

    /** The teams on which the user's active grants of the role rest. */
    public static List<String> teamsOf(String userId, String role) {
        return getEntityManager().createQuery("select distinct g.team from RoleGrantReplica g where g.userId = ?1 "
                + "and g.role = ?2 and g.active = true", String.class).setParameter(1, userId).setParameter(2, role)
                .getResultList();
    }
}
