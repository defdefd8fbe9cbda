package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
}
