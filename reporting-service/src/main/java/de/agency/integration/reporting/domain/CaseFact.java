package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A case as the case events tell it. */
@Entity
@Table(name = "case_fact")
public class CaseFact extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String team;

    /** Who counsels the case (user id); null for cases opened before it was kept. */
    public String counsellor;

    @Column(name = "legal_domain", nullable = false)
    public String legalDomain;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "profile_category")
    public String profileCategory;

    /** A PROFILING_ASSESSMENT note was recorded (SGB II minimum standard of the first counselling). */
    @Column(name = "assessment_note", nullable = false)
    public boolean assessmentNote;

    /** The case was erased: the fact keeps counting, no report row names it. */
    @Column(nullable = false)
    public boolean erased;

    /** Restricted (Art. 18 GDPR): its worklist items are shown to nobody until the restriction is lifted. */
    @Column(nullable = false)
    public boolean restricted;

    @Version
    public long version;
}
