package de.agency.integration.access.domain;

import de.agency.integration.errors.StateConflictException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Something that waits for somebody else's decision (a role request, a reflection-day proposal, a supervision
 * request): {@link RequestStatus#REQUESTED} until approved or rejected, with who decided when; the reason of a
 * rejection is kept here and never put into events.
 */
@MappedSuperclass
public abstract class Decidable extends PanacheEntityBase {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Version
    public long version;

    public boolean isPending() {
        return status == RequestStatus.REQUESTED;
    }

    /**
     * @param what the decidable as a problem names it, e.g. "Role request 3f1c..."
     * @throws StateConflictException (409) once it is decided
     */
    public void requirePending(String what) {
        if (!isPending()) {
            throw new StateConflictException(what + " was " + status + " already", List.of());
        }
    }

    /** @param reason the rejection's reason, null for an approval */
    public void decide(RequestStatus decision, String by, OffsetDateTime at, String reason) {
        status = decision;
        decidedBy = by;
        decidedAt = at;
        rejectReason = reason;
    }
}
