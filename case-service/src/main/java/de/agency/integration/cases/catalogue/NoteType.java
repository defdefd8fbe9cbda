package de.agency.integration.cases.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A type of counselling note (Beratungsvermerk). */
@Entity
@Immutable
@Table(name = "note_type")
public class NoteType extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String description;

    public static List<NoteType> all() {
        return listAll(Sort.by("code"));
    }
}
