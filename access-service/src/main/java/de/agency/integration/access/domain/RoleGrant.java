package de.agency.integration.access.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrantCause cause;

    @Column(name = "team_x90")
    public String team;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** The membership the grant rests on; it lapses when that membership ends. */
    @Column(name = "membership_id")
    public UUID membershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoke_cause")
    public GrantCause revokeCause;

    /** The approved request the grant came from, if it did. */
    @Column(name = "request_id")
    public UUID requestId;

    @Version
    public long version;

    public static List<RoleGrant> activeOn(UUID membershipId) {
        return list("membershipId = ?1 and revokedAt is null", membershipId);
    }

    public static boolean isHeld(String userId, Role role) {
        return count("userId = ?1 and role = ?2 and revokedAt is null", userId, role) > 0;
    }

    /** Users holding at least one role. */
    public static List<String> holders() {
        return find("select distinct g.userId from RoleGrant g where g.revokedAt is null").project(String.class).list();
    }

    public static List<RoleGrant> activeFor(String userId) {
        return list("userId = ?1 and revokedAt is null order by role", userId);
    }
}
