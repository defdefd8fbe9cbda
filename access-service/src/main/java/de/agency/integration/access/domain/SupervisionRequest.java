package de.agency.integration.access.domain;

import de.agency.integration.errors.ResourceNotFoundException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A certified Inga counsellor's request for supervision (Supervision bei Bedarf), decided by a lead of the team. */
@Entity
@Table(name = "supervision_request")
public class SupervisionRequest extends Decidable {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    public static SupervisionRequest findExisting(UUID id) {
        SupervisionRequest request = findById(id);
        if (request == null) {
            throw new ResourceNotFoundException("Supervision request " + id + " does not exist");
        }
        return request;
    }

    public static Optional<SupervisionRequest> pending(String userId) {
        return find("userId = ?1 and status = ?2", userId, RequestStatus.REQUESTED).firstResultOptional();
    }

    public static List<SupervisionRequest> ofUsers(Collection<String> userIds) {
        return userIds.isEmpty() ? List.of() : list("userId in ?1 order by requestedAt", userIds);
    }
}
