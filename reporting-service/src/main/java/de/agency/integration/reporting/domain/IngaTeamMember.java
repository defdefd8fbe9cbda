package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A current member of an Inga team, from TeamMembershipChanged. */
@Entity
@Table(name = "inga_team_member")
public class IngaTeamMember extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "user_id") String userId, String team, String function) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String agency;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;
}
