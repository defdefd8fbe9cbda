package de.agency.integration.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** Replica of a user's membership in an X90 team in a function, kept from access-service's events. */
@Entity
@IdClass(TeamMembership.Key.class)
@Table(name = "team_membership")
public class TeamMembership extends PanacheEntityBase {

    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String TEAM_LEAD = "TEAM_LEAD";

    public record Key(String userId, String team, String function) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "user_id")
    public String userId;

    @Id
    @Column(name = "team_x90")
    public String team;

    @Id
    public String function;

    public static boolean holds(String userId, String team, String function) {
        return count("userId = ?1 and team = ?2 and function = ?3", userId, team, function) > 0;
    }

    public static List<TeamMembership> of(String userId) {
        return list("userId", userId);
    }

    /** Records a joined membership; a redelivered or repeated one changes nothing. */
    public static void join(String userId, String team, String function) {
        getEntityManager().createNativeQuery("insert into team_membership (user_id, team_x90, function) "
                        + "values (:user, :team, :function) on conflict do nothing")
                .setParameter("user", userId).setParameter("team", team).setParameter("function", function)
                .executeUpdate();
    }

    public static void leave(String userId, String team, String function) {
        delete("userId = ?1 and team = ?2 and function = ?3", userId, team, function);
    }
}
