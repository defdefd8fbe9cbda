package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A contact of an enrollment, any form. */
@Entity
@Table(name = "contact_fact")
public class ContactFact extends PanacheEntityBase {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(nullable = false)
    public String form;

    @Column(name = "contact_date", nullable = false)
    public LocalDate contactDate;
}
