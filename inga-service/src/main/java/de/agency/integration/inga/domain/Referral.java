package de.agency.integration.inga.domain;

import de.agency.integration.errors.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case referred (zugewiesen) by its counsellor to an Inga team, which accepts it - the enrollment starts - or
 * declines it with a reason from the catalogue.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String agency;

    /** The case's team, whose counsellor referred it. */
    @Column(name = "from_team", nullable = false)
    public String fromTeam;

    /** The receiving Inga team (X90). */
    @Column(name = "to_team", nullable = false)
    public String toTeam;

    @Column(name = "referred_by", nullable = false)
    public String referredBy;

    @Column(name = "referred_on", nullable = false)
    public LocalDate referredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decline_reason")
    public String declineReason;

    /** The team's explanation of a decline; stays in this service, never in events. */
    @Column(name = "decline_note")
    public String declineNote;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Version
    public long version;

    public static Referral findExisting(UUID id) {
        Referral referral = findById(id);
        if (referral == null) {
            throw new ResourceNotFoundException("Referral " + id + " does not exist");
        }
        return referral;
    }

    public static boolean openForCase(UUID caseId) {
        return count("caseId = ?1 and status = ?2", caseId, ReferralStatus.OPEN) > 0;
    }
}
