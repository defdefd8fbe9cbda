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

    @Column(name = "customer_number", nullable = false)
    public String customerNumber;

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
}
