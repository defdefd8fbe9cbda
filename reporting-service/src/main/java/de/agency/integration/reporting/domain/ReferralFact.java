package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A referral of a case to an Inga team (IngaReferred) and its outcome: OPEN, ACCEPTED or DECLINED with a reason. */
@Entity
@Table(name = "referral_fact")
public class ReferralFact extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DECLINED = "DECLINED";

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String agency;

    /** The receiving Inga team. */
    @Column(nullable = false)
    public String team;

    @Column(name = "referred_on", nullable = false)
    public LocalDate referredOn;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** An enrollment of the case ends its open referral as accepted (inga-service enrolls on acceptance). */
    public static void acceptedBy(UUID caseId, LocalDate enrolledOn) {
        update("outcome = ?1, decidedOn = ?2 where caseId = ?3 and outcome = ?4", ACCEPTED, enrolledOn, caseId, OPEN);
    }
}
