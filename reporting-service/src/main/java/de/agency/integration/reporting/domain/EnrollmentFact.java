package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** An Inga enrollment as the Inga events tell it. */
@Entity
@Table(name = "enrollment_fact")
public class EnrollmentFact extends PanacheEntityBase {

    @Id
    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String team;

    @Column(name = "inga_counsellor", nullable = false)
    public String ingaCounsellor;

    @Column(name = "enrolled_on", nullable = false)
    public LocalDate enrolledOn;

    @Column(name = "latest_end_date", nullable = false)
    public LocalDate latestEndDate;

    @Column(name = "exit_reason")
    public String exitReason;

    @Column(name = "exit_date")
    public LocalDate exitDate;

    @Column(name = "months_in_inga")
    public Integer monthsInInga;

    /** ISO 3166-2 code of the agency's federal state (lower case), null for the nationwide holidays only. */
    @Column(name = "federal_state")
    public String federalState;

    /** The case was erased: the fact keeps counting, no report row names it. */
    @Column(nullable = false)
    public boolean erased;

    @Version
    public long version;
}
