package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The first meeting of an enrollment (IngaFirstMeetingHeld) as last recorded: a correction replaces it. */
@Entity
@Table(name = "first_meeting_fact")
public class FirstMeetingFact extends PanacheEntityBase {

    @Id
    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** Working days from the acceptance, as inga-service counted them for the agency's federal state. */
    @Column(name = "working_days", nullable = false)
    public int workingDays;
}
