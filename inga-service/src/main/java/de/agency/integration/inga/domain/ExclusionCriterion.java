package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A circumstance that excludes a customer from Inga [default catalogue]; reference data. */
@Entity
@Table(name = "exclusion_criterion")
public class ExclusionCriterion extends PanacheEntityBase {

    /** Set by inga-service from the case's status, not declared by the counsellor. */
    public static final String CASE_CLOSED = "CASE_CLOSED";

    @Id
    public String code;

    @Column(nullable = false)
    public String explanation;

    public static List<ExclusionCriterion> catalogue() {
        return listAll(Sort.by("code"));
    }
}
