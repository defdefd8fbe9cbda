package de.agency.integration.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import org.hibernate.Session;

/**
 * When a case is erased, its access log entries keep who read which resource when, through which endpoint, but lose
 * the customer number, as the protected-note audit keeps ids only: the record of accesses stays for its own period,
 * the person it was about is no longer named; also in the entries of reads that were under way meanwhile
 * ({@link AccessLog}).
 */
@ApplicationScoped
public class AccessLogErasure {

    private final EntityManager entityManager;

    AccessLogErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * In the erasure's transaction: waits for the reads of these resources under way (their shared locks), marks the
     * resources erased for reads that come after, and removes the number from the entries there are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetCustomerOf(Collection<String> resourceIds) {
        if (resourceIds.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> ErasureLocks.takeExclusively(connection,
                connection.createArrayOf("varchar", resourceIds.toArray())));
        entityManager.createNativeQuery("insert into access_log_erased (resource_id, erased_at) "
                        + "select id, now() from unnest(cast(:ids as varchar[])) as id on conflict do nothing")
                .setParameter("ids", resourceIds.toArray(String[]::new)).executeUpdate();
        entityManager.createNativeQuery("update access_log set customer_number = null where resource_id in (:ids) "
                + "and customer_number is not null").setParameter("ids", resourceIds).executeUpdate();
    }
}
