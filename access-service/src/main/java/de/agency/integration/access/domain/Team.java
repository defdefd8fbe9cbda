package de.agency.integration.access.domain;

import de.agency.integration.errors.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team, identified nationwide by its X90 id. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {

    @Id
    public String x90;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamType type;

    @Column(nullable = false)
    public String agency;

    @Version
    public long version;

    public static Team findExisting(String x90) {
        Team team = findById(x90);
        if (team == null) {
            throw new ResourceNotFoundException("Team " + x90 + " does not exist");
        }
        return team;
    }
}
