package de.agency.integration.cases.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** Handlungsstrategie: an action strategy and the key dimension whose needs it addresses. */
@Entity
@Immutable
@Table(name = "action_strategy")
public class ActionStrategy extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String dimension;

    @Column(nullable = false)
    public String description;

    public static List<ActionStrategy> all() {
        return listAll(Sort.by("dimension").and("code"));
    }
}
