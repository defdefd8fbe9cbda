package de.agency.integration.access.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's membership in an X90 team in a function, from its start to its end (history is kept). */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "team_x90", nullable = false)
    public String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamFunction function;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Version
    public long version;

    public static List<Membership> openOf(String userId, String team) {
        return list("userId = ?1 and team = ?2 and endDate is null", userId, team);
    }

    public static List<Membership> openOf(String userId) {
        return list("userId = ?1 and endDate is null order by startDate", userId);
    }

    /** The membership a row of an X90 import describes: same user, team, function and start. */
    public static Optional<Membership> find(String userId, String team, TeamFunction function,
                                                      LocalDate startDate) {
        return find("userId = ?1 and team = ?2 and function = ?3 and startDate = ?4", userId, team, function,
                startDate).firstResultOptional();
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public static boolean isOpen(String userId, String team, TeamFunction function) {
        return count("userId = ?1 and team = ?2 and function = ?3 and endDate is null", userId, team, function) > 0;
    }

    /** Whether the lead holds an open TEAM_LEAD membership of a team the member belongs to (openly, in any function). */
    public static boolean leads(String leadId, String memberId) {
        return count("""
                userId = ?1 and function = ?2 and endDate is null and team in
                  (select m.team from Membership m where m.userId = ?3 and m.endDate is null)""",
                leadId, TeamFunction.TEAM_LEAD, memberId) > 0;
    }

    /** The users with an open membership in a team the lead leads (the lead included). */
    public static List<String> membersLedBy(String leadId) {
        return getEntityManager().createQuery("""
                select distinct m.userId from Membership m where m.endDate is null and m.team in
                  (select l.team from Membership l where l.userId = ?1 and l.function = ?2 and l.endDate is null)""",
                String.class).setParameter(1, leadId).setParameter(2, TeamFunction.TEAM_LEAD).getResultList();
    }
}
