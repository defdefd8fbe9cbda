package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** Handlungsbedarf: a need for action in one key dimension (Schlüsselgröße). Needs carry no priority (directive). */
@Entity
@Table(name = "need_for_action")
public class NeedForAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public IntegrationCase integrationCase;

    @Column(nullable = false)
    public String dimension;

    @Column(nullable = false)
    public String description;

    boolean sameAs(String otherDimension, String otherDescription) {
        return dimension.equals(otherDimension) && description.equals(otherDescription);
    }
}
