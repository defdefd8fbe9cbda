package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An Inga counsellor's certification in a certification group (IngaCertificationRecorded). */
@Entity
@Table(name = "certification_fact")
public class CertificationFact extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "certification_group", nullable = false)
    public String group;

    @Column(name = "certified_on", nullable = false)
    public LocalDate certifiedOn;
}
