package de.agency.integration.cases.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** Profillage: integration-near (MARKET, ACTIVATION, SUPPORT) or complex. */
@Entity
@Immutable
@Table(name = "profile_category")
public class ProfileCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public boolean complex;

    @Column(nullable = false)
    public String description;

    public static List<ProfileCategory> all() {
        return listAll(Sort.by("code"));
    }
}
