package de.agency.integration.reporting.service;

import de.agency.integration.inbox.ConsumptionPausedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Live consumption and a rebuild take turns, across all replicas: each live event's transaction takes the live lock
 * (a PostgreSQL advisory lock, {@link #LIVE_LOCK}) shared; a rebuild holds it exclusively while it empties and refills
 * the read models. A live event meanwhile waits in its partition ({@link ConsumptionPausedException}) and is applied
 * after the replay, through the inbox, once; it never meets a read model the replay has not refilled yet.
 */
@ApplicationScoped
public class LiveConsumption {

    /** Key of the advisory lock ("live" in ASCII). */
    public static final long LIVE_LOCK = 0x6c697665L;

    private final EntityManager entityManager;

    LiveConsumption(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** In a live event's transaction, before its effect: goes on, or pauses the event while a rebuild runs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitNoRebuild() {
        Object free = entityManager.createNativeQuery("select pg_try_advisory_xact_lock_shared(?1)")
                .setParameter(1, LIVE_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(free)) {
            throw new ConsumptionPausedException("The read models are being rebuilt");
        }
    }
}
