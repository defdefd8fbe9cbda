package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Folgegespräch: a follow-up talk recording progress; it may reopen profiling. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String progress;

    @Column(name = "reopens_profiling", nullable = false)
    public boolean reopensProfiling;

    /** The next talk this one planned (a due date), or null. */
    @Column(name = "next_follow_up_on")
    public LocalDate nextFollowUpOn;

    public static List<FollowUp> of(UUID caseId) {
        return list("caseId = ?1 order by heldOn, id", caseId);
    }
}
