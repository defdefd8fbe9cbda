package de.agency.integration.accessreplica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A user's membership in an X90 team in a function, from access-service's TeamMembershipChanged. */
@Entity
@IdClass(TeamMembershipReplica.Key.class)
@Table(name = "team_membership_replica")
public class TeamMembershipReplica extends PanacheEntityBase {

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
    public String team;

    @Id
    public String function;

    /**
     * Whether the user is a member of the team in the function: a load by primary key, whose SQL Hibernate prepared at
     * start (a query would be translated anew on every request, a count even wrapped in a subquery first).
     */
    public static boolean isMember(String userId, String team, String function) {
        return findById(new Key(userId, team, function)) != null;
    }

    /** The user's memberships, in every team and function. */
    public static List<TeamMembershipReplica> of(String userId) {
        return list("userId", userId);
    }

    /** The teams the user leads. */
    public static List<String> teamsLedBy(String userId) {
        return getEntityManager().createQuery("select m.team from TeamMembershipReplica m where m.userId = ?1 "
                + "and m.function = ?2", String.class).setParameter(1, userId).setParameter(2, TEAM_LEAD).getResultList();
    }

    /** Records a joined membership; a redelivered or repeated one changes nothing. */
    public static void join(String userId, String team, String function) {
        getEntityManager().createNativeQuery("insert into team_membership_replica (user_id, team, function) "
                        + "values (:user, :team, :function) on conflict do nothing")
                .setParameter("user", userId).setParameter("team", team).setParameter("function", function)
                .executeUpdate();
    }

    public static void leave(String userId, String team, String function) {
        delete("userId = ?1 and team = ?2 and function = ?3", userId, team, function);
    }
}
