package de.agency.integration.access.domain;

import de.agency.integration.errors.ResourceNotFoundException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request for an Inga role that the X90 rules do not grant automatically (IM-Webshop workflow), resting on the
 * membership that qualifies for it.
 */
@Entity
@Table(name = "role_request")
public class RoleRequest extends Decidable {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "team_x90", nullable = false)
    public String team;

    @Column(name = "membership_id", nullable = false)
    public UUID membershipId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    public static RoleRequest findExisting(UUID id) {
        return existing(findById(id), id);
    }

    /**
     * The request locked until the transaction ends: of concurrent deciders the later ones wait and then see the
     * first one's decision (409), not the role it granted meanwhile.
     */
    public static RoleRequest findForDecision(UUID id) {
        return existing(findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private static RoleRequest existing(RoleRequest request, UUID id) {
        if (request == null) {
            throw new ResourceNotFoundException("Role request " + id + " does not exist");
        }
        return request;
    }

    public static Optional<RoleRequest> pending(String userId, Role role) {
        return find("userId = ?1 and role = ?2 and status = ?3", userId, role, RequestStatus.REQUESTED)
                .firstResultOptional();
    }

    /** @param status null for every status */
    public static List<RoleRequest> all(RequestStatus status) {
        return status == null ? list("order by requestedAt") : list("status = ?1 order by requestedAt", status);
    }

    /** @param status null for every status */
    public static List<RoleRequest> ofUser(String userId, RequestStatus status) {
        return status == null ? list("userId = ?1 order by requestedAt", userId)
                : list("userId = ?1 and status = ?2 order by requestedAt", userId, status);
    }
}
