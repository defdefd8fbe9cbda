package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Fall: one customer's integration work in one legal domain, run through the 4PM. */
@Entity
@Table(name = "integration_case")
public class IntegrationCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "customer_number", nullable = false, updatable = false)
    public String customerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_domain", nullable = false)
    public LegalDomain legalDomain;

    @Column(nullable = false)
    public String agency;

    @Column(name = "team_x90", nullable = false)
    public String team;

    @Column(nullable = false)
    public String counsellor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public OffsetDateTime openedAt;

    @Version
    public long version;
}
