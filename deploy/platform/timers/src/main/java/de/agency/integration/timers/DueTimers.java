package de.agency.integration.timers;

import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The due dates a service watches (Fristen), each a timer in its own database that fires once: set and cancelled in
 * the transaction of the state change that sets or meets the due date, fired by {@link #fireDue(int)} in a
 * transaction of its own, which records the timer's event through the service's outbox and marks the timer fired.
 * Replicas running the job at the same time take disjoint timers ({@code for update skip locked}); a fired timer is
 * never fired again, a cancelled one never fires.
 */
@ApplicationScoped
public class DueTimers {

    private final EntityManager entityManager;
    private final TimerEvents events;
    private final AgencyClock clock;

    DueTimers(EntityManager entityManager, TimerEvents events, AgencyClock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the timer of {@code kind} for {@code subjectId}, or moves its days while it has not fired; one that fired
     * stays fired.
     *
     * @param firesOn the first day on which the due date counts as passed unmet (or, for a warning, as near)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void set(String kind, UUID subjectId, UUID aggregateId, LocalDate dueOn, LocalDate firesOn) {
        entityManager.createNativeQuery("""
                        insert into due_timer (kind, subject_id, aggregate_id, due_on, fires_on)
                        values (:kind, :subject, :aggregate, :due, :fires)
                        on conflict (kind, subject_id) do update set due_on = excluded.due_on,
                            fires_on = excluded.fires_on where due_timer.fired_at is null""")
                .setParameter("kind", kind).setParameter("subject", subjectId).setParameter("aggregate", aggregateId)
                .setParameter("due", dueOn).setParameter("fires", firesOn).executeUpdate();
    }

    /** The due date was met (or no longer applies): the timer will not fire. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(String kind, UUID subjectId) {
        entityManager.createNativeQuery("delete from due_timer where kind = :kind and subject_id = :subject "
                        + "and fired_at is null")
                .setParameter("kind", kind).setParameter("subject", subjectId).executeUpdate();
    }

    /** The aggregate ended (a case closed, an enrollment exited): none of its timers will fire. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelAll(UUID aggregateId) {
        entityManager.createNativeQuery("delete from due_timer where aggregate_id = :aggregate and fired_at is null")
                .setParameter("aggregate", aggregateId).executeUpdate();
    }

    /** The due dates of one kind in the aggregate were met at once (a follow-up talk meets the one planned). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelAll(UUID aggregateId, String kind) {
        entityManager.createNativeQuery("delete from due_timer where aggregate_id = :aggregate and kind = :kind "
                        + "and fired_at is null")
                .setParameter("aggregate", aggregateId).setParameter("kind", kind).executeUpdate();
    }

    /** Erasure: every timer of these aggregates goes, fired or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Collection<UUID> aggregateIds) {
        if (!aggregateIds.isEmpty()) {
            entityManager.createNativeQuery("delete from due_timer where aggregate_id in (:aggregates)")
                    .setParameter("aggregates", aggregateIds).executeUpdate();
        }
    }

    /**
     * Fires at most {@code limit} timers whose day has come, oldest first, skipping those another replica holds.
     *
     * @return how many were taken (fired or held back a day)
     */
    @Transactional
    public int fireDue(int limit) {
        LocalDate today = clock.today();
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                        select kind, subject_id, aggregate_id, due_on from due_timer
                        where fired_at is null and fires_on <= :today
                        order by fires_on limit :limit for update skip locked""")
                .setParameter("today", today).setParameter("limit", limit).getResultList();
        OffsetDateTime now = clock.now();
        for (Object[] row : due) {
            DueTimer timer = new DueTimer((String) row[0], (UUID) row[1], (UUID) row[2], toDate(row[3]));
            if (events.fire(timer, now)) {
                entityManager.createNativeQuery(
                                "update due_timer set fired_at = :now where kind = :kind and subject_id = :subject")
                        .setParameter("now", now)
                        .setParameter("kind", timer.kind()).setParameter("subject", timer.subjectId()).executeUpdate();
            } else {
                entityManager.createNativeQuery(
                                "update due_timer set fires_on = :tomorrow where kind = :kind and subject_id = :subject")
                        .setParameter("tomorrow", today.plusDays(1))
                        .setParameter("kind", timer.kind()).setParameter("subject", timer.subjectId()).executeUpdate();
            }
        }
        return due.size();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
