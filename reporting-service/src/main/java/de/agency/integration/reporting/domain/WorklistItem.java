package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A due date on the worklist, as the events tell it: set by the event that sets it, done by the one that meets it,
 * marked by the timer event published when it passed unmet. The owner is who works the case (the Inga counsellor
 * while the customer is enrolled); the team's leads see it too.
 */
@Entity
@Table(name = "worklist_item")
@IdClass(WorklistItem.Key.class)
public class WorklistItem extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    public WorklistKind kind;

    @Id
    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String team;

    public String owner;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** Of the agency, for items counted in working days. */
    @Column(name = "federal_state")
    public String federalState;

    /** When the timer event came: overdue, or (the enrollment's end) announced. */
    @Column(name = "timer_fired_at")
    public OffsetDateTime timerFiredAt;

    @Column(nullable = false)
    public boolean done;

    /** The item of that kind and subject, new if there is none. */
    public static WorklistItem of(WorklistKind kind, UUID subjectId) {
        return WorklistItem.<WorklistItem>findByIdOptional(new Key(kind, subjectId)).orElseGet(() -> {
            WorklistItem item = new WorklistItem();
            item.kind = kind;
            item.subjectId = subjectId;
            return item;
        });
    }

    /** Its due date met (or no longer applying); an unknown item is ignored, as a step agreed before the worklist. */
    public static void done(WorklistKind kind, UUID subjectId) {
        update("done = true where kind = ?1 and subjectId = ?2", kind, subjectId);
    }

    /** Its timer fired on {@code dueOn}, the day the producer then held. */
    public static void timerFired(WorklistKind kind, UUID subjectId, LocalDate dueOn, OffsetDateTime firedAt) {
        update("timerFiredAt = ?1, dueOn = ?2 where kind = ?3 and subjectId = ?4", firedAt, dueOn, kind, subjectId);
    }

    public static class Key implements Serializable {
        public WorklistKind kind;
        public UUID subjectId;

        public Key() {
        }

        Key(WorklistKind kind, UUID subjectId) {
            this.kind = kind;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && Objects.equals(key.subjectId, subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, subjectId);
        }
    }
}
