package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A refused early exit (EarlyExitRefused), counted by the monitoring. */
@Entity
@Table(name = "early_exit_refusal")
public class EarlyExitRefusal extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public String reason;

    @Column(name = "attempted_on", nullable = false)
    public LocalDate attemptedOn;

    @Column(name = "months_in_inga", nullable = false)
    public int monthsInInga;
}
