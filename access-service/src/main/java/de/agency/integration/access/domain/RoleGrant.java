package de.agency.integration.access.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A role held by a user, with its cause (auto from X90, approved request), until it is revoked (with a cause). */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public String cause;

    @Column(name = "team_x90")
    public String team;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** The membership the grant rests on; it lapses when that membership ends. */
    @Column(name = "membership_id")
    public UUID membershipId;

    @Column(name = "revoke_cause")
    public String revokeCause;

    public static List<RoleGrant> activeOn(UUID membershipId) {
        return list("membershipId = ?1 and revokedAt is null", membershipId);
    }

    public static List<RoleGrant> activeFor(String userId) {
        return list("userId = ?1 and revokedAt is null order by role", userId);
    }
}
