package de.agency.integration.idempotency;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The table {@code idempotent_request}: one row per caller and key, written in the transaction of the effect. */
@ApplicationScoped
public class IdempotentRequests {

    /** What the first request with a key answered; {@code withdrawn} once the resource it names was erased. */
    public record FirstResponse(String requestHash, int status, String location, String body, boolean withdrawn) {
    }

    private final EntityManager entityManager;
    private final IdempotencyConfig config;

    IdempotentRequests(EntityManager entityManager, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /**
     * Claims the key for this request in the current transaction. A concurrent request with the same key waits here
     * until the first one's transaction ends: it then finds its response, or - if that one failed and rolled back -
     * claims the key itself.
     *
     * @return true if the request is the key's first within the window (or the key's earlier use has expired)
     */
    public boolean claim(String caller, String key, String requestHash) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return entityManager.createNativeQuery("""
                        insert into idempotent_request (caller, idempotency_key, request_hash, created_at)
                        values (:caller, :key, :hash, :now)
                        on conflict (caller, idempotency_key) do update
                            set request_hash = excluded.request_hash, status = null, location = null, body = null,
                                subject_id = null, withdrawn_at = null, created_at = excluded.created_at
                            where idempotent_request.created_at < :expiredBefore""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .setParameter("expiredBefore", now.minus(config.window()))
                .executeUpdate() == 1;
    }

    /**
     * Records the response of the request that claimed the key, in the transaction of its effect.
     *
     * @param subjectId the resource the response names ({@link AnswerSubject}), or null
     */
    public void complete(String caller, String key, int status, String location, String body, String subjectId) {
        entityManager.createNativeQuery("""
                        update idempotent_request set status = :status, location = :location, body = :body,
                          subject_id = :subject
                        where caller = :caller and idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("location", location)
                .setParameter("body", body)
                .setParameter("subject", subjectId)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }

    public Optional<FirstResponse> firstResponse(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select request_hash, status, location, body, withdrawn_at is not null
                        from idempotent_request
                        where caller = :caller and idempotency_key = :key""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new FirstResponse((String) row[0],
                row[1] == null ? 0 : ((Number) row[1]).intValue(), (String) row[2], (String) row[3], (Boolean) row[4]));
    }

    /** Removes keys past their window; a plain delete, harmless when several replicas run it. */
    @Scheduled(identity = "idempotency-purge", every = "${idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        try {
            int purged = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("delete from idempotent_request where created_at < :expiredBefore")
                    .setParameter("expiredBefore", OffsetDateTime.now(ZoneOffset.UTC).minus(config.window()))
                    .executeUpdate());
            Log.debugf("Purged %d expired idempotency keys", purged);
        } catch (RuntimeException e) {
            Log.warnf("Expired idempotency keys not purged this time: %s", e.getMessage());
        }
    }
}
