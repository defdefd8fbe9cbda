package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Umsetzung: an agreed step with responsibility and due date. */
@Entity
@Table(name = "implementation_step")
public class ImplementationStep extends PanacheEntityBase {

    public enum Status { OPEN, DONE }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepKind kind;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Responsible responsible;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Version
    public long version;

    public static List<ImplementationStep> of(UUID caseId) {
        return list("caseId = ?1 order by dueDate, id", caseId);
    }
}
