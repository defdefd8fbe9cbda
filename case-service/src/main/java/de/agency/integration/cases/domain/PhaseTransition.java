package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One step in the history of a case's phases: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "phase_transition")
public class PhaseTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", updatable = false)
    public Phase from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false, updatable = false)
    public Phase to;

    @Column(name = "transitioned_at", nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(name = "transitioned_by", nullable = false, updatable = false)
    public String by;

    @Column(nullable = false, updatable = false)
    public String cause;

    public static List<PhaseTransition> historyOf(UUID caseId) {
        return list("caseId = ?1 order by at, id", caseId);
    }
}
