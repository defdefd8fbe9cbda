package de.agency.integration.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A lead of an X90 team of any type, from TeamMembershipChanged; the teams whose report rows he or she reads. */
@Entity
@IdClass(TeamLead.Key.class)
@Table(name = "team_lead")
public class TeamLead extends PanacheEntityBase {

    public record Key(String userId, String team) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "user_id")
    public String userId;

    @Id
    public String team;

    public static List<String> teamsLedBy(String userId) {
        return getEntityManager().createQuery("select l.team from TeamLead l where l.userId = ?1", String.class)
                .setParameter(1, userId).getResultList();
    }

    /** Records an appointment; a redelivered one changes nothing. */
    public static void appoint(String userId, String team) {
        getEntityManager().createNativeQuery("insert into team_lead (user_id, team) values (:user, :team) "
                + "on conflict do nothing").setParameter("user", userId).setParameter("team", team).executeUpdate();
    }

    public static void leave(String userId, String team) {
        delete("userId = ?1 and team = ?2", userId, team);
    }
}
