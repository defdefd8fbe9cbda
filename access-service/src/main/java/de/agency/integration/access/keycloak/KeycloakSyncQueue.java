package de.agency.integration.access.keycloak;

import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/**
 * Users whose realm roles in Keycloak are to be aligned with their grants. A user is queued in the transaction that
 * changes a grant, so no change can be lost; the queue entry goes only once Keycloak has taken the change.
 */
@ApplicationScoped
public class KeycloakSyncQueue {

    /** Why a user is queued: a grant changed here, or reconciliation checks Keycloak for drift. */
    public enum Reason { GRANT_CHANGE, RECONCILE }

    /** @param generation bumped on every new change, so that finishing an older attempt keeps a newer change queued */
    public record Entry(String userId, long generation, Reason reason, int attempts) {
    }

    private final EntityManager entityManager;
    private final AgencyClock clock;

    KeycloakSyncQueue(EntityManager entityManager, AgencyClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String userId, Reason reason) {
        entityManager.createNativeQuery("""
                        insert into keycloak_sync (user_id, generation, reason, due_at, attempts)
                        values (?1, 1, ?2, ?3, 0)
                        on conflict (user_id) do update set generation = keycloak_sync.generation + 1,
                            reason = case when keycloak_sync.reason = 'GRANT_CHANGE' then 'GRANT_CHANGE' else excluded.reason end,
                            due_at = excluded.due_at, attempts = 0, last_error = null
                        """)
                .setParameter(1, userId).setParameter(2, reason.name()).setParameter(3, clock.now())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entry> due(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select user_id, generation, reason, attempts from keycloak_sync
                        where due_at <= ?1 order by due_at limit ?2""", Object[].class)
                .setParameter(1, clock.now()).setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> new Entry((String) row[0], ((Number) row[1]).longValue(),
                Reason.valueOf((String) row[2]), ((Number) row[3]).intValue())).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void done(Entry entry) {
        entityManager.createNativeQuery("delete from keycloak_sync where user_id = ?1 and generation = ?2")
                .setParameter(1, entry.userId()).setParameter(2, entry.generation()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void retryLater(Entry entry, Duration backoff, String error) {
        entityManager.createNativeQuery("""
                        update keycloak_sync set attempts = attempts + 1, due_at = ?3, last_error = ?4
                        where user_id = ?1 and generation = ?2""")
                .setParameter(1, entry.userId()).setParameter(2, entry.generation())
                .setParameter(3, clock.now().plus(backoff))
                .setParameter(4, error.length() > 500 ? error.substring(0, 500) : error)
                .executeUpdate();
    }

    /** Users waiting for Keycloak, including those whose last attempt failed. */
    @Transactional
    public long backlog() {
        return ((Number) entityManager.createNativeQuery("select count(*) from keycloak_sync").getSingleResult())
                .longValue();
    }
}
