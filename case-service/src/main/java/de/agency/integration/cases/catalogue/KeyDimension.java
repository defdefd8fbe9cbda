package de.agency.integration.cases.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** Schlüsselgröße: a key dimension a need for action belongs to. */
@Entity
@Immutable
@Table(name = "key_dimension")
public class KeyDimension extends PanacheEntityBase {

    @Id
    public String code;

    /** Whether a need in this dimension makes a profile more complex (all but motivation by default). */
    @Column(name = "counts_for_complexity", nullable = false)
    public boolean countsForComplexity;

    @Column(nullable = false)
    public String description;

    public static List<KeyDimension> all() {
        return listAll(Sort.by("code"));
    }
}
