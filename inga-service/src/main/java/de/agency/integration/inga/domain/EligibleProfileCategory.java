package de.agency.integration.inga.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A profile category (Profillage) that admits to Inga [default: the complex ones]; reference data. */
@Entity
@Table(name = "eligible_profile_category")
public class EligibleProfileCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String explanation;

    public static List<String> codes() {
        return EligibleProfileCategory.<EligibleProfileCategory>listAll().stream().map(c -> c.code).sorted().toList();
    }
}
