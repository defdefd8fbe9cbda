package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** What inga-service knows of a case (Fall) from case-service's events. */
@Entity
@Table(name = "case_replica")
public class CaseReplica extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "legal_domain", nullable = false)
    public String legalDomain;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String team;

    /** Profillage, once profiling was completed. */
    @Column(name = "profile_category")
    public String profileCategory;

    @Column(nullable = false)
    public boolean closed;

    /** Restricted (Art. 18 GDPR) in case-service: its Inga data is frozen, read by the data protection officer only. */
    @Column(nullable = false)
    public boolean restricted;

    /** Erased in case-service: the case's Inga data is gone, this shell without personal data stays. */
    @Column(nullable = false)
    public boolean erased;

    public static boolean isRestricted(UUID caseId) {
        return count("caseId = ?1 and restricted = true", caseId) > 0;
    }
}
