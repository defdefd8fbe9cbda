package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A certification group's reflection day as proposed and decided (ReflectionDayProposed, ReflectionDayDecided). */
@Entity
@Table(name = "reflection_day_fact")
public class ReflectionDayFact extends PanacheEntityBase {

    @Id
    @Column(name = "reflection_day_id")
    public UUID reflectionDayId;

    @Column(name = "certification_group", nullable = false)
    public String group;

    @Column(name = "planned_on", nullable = false)
    public LocalDate plannedOn;

    /** REQUESTED while proposed, then APPROVED or REJECTED. */
    @Column(nullable = false)
    public String status;
}
