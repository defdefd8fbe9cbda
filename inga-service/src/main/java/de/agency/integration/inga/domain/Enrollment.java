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
import java.util.Optional;
import java.util.UUID;

/** Einmündung: a customer's enrollment into Inga, from enrollment to exit, at most 24 months. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends PanacheEntityBase {

    /** Maximum duration (directive). */
    public static final int MAX_MONTHS = 24;

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "customer_number", nullable = false)
    public String customerNumber;

    @Column(nullable = false)
    public String agency;

    /** X90 id of the Inga team. */
    @Column(nullable = false)
    public String team;

    @Column(name = "inga_counsellor", nullable = false)
    public String ingaCounsellor;

    @Column(name = "enrolled_on", nullable = false)
    public LocalDate enrolledOn;

    @Column(name = "latest_end_date", nullable = false)
    public LocalDate latestEndDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrollmentStatus status;

    @Column(name = "exit_reason")
    public String exitReason;

    @Column(name = "exit_date")
    public LocalDate exitDate;

    @Column(name = "months_in_inga")
    public Integer monthsInInga;

    /** Written justification of the exit; stays in this service, never in events. */
    @Column(name = "exit_justification")
    public String exitJustification;

    @Column(name = "portfolio_exhausted")
    public Boolean portfolioExhausted;

    @Version
    public long version;

    public boolean isOpen() {
        return status == EnrollmentStatus.OPEN;
    }

    public static Enrollment findExisting(UUID id) {
        Enrollment enrollment = findById(id);
        if (enrollment == null) {
            throw new ResourceNotFoundException("Enrollment " + id + " does not exist");
        }
        return enrollment;
    }

    public static Optional<Enrollment> openOfCustomer(String customerNumber) {
        return find("customerNumber = ?1 and status = ?2", customerNumber, EnrollmentStatus.OPEN).firstResultOptional();
    }

    public static Optional<Enrollment> openOfCase(UUID caseId) {
        return find("caseId = ?1 and status = ?2", caseId, EnrollmentStatus.OPEN).firstResultOptional();
    }
}
