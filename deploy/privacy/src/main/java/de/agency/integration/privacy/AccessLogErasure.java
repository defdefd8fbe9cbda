package de.agency.integration.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * When a case is erased, its access log entries keep who read which resource when, through which endpoint, but lose
 * the customer number, as the protected-note audit keeps ids only: the record of accesses stays for its own period,
 * the person it was about is no longer named.
 */
@ApplicationScoped
public class AccessLogErasure {

    private final EntityManager entityManager;

    AccessLogErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** In the erasure's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetCustomerOf(Collection<String> resourceIds) {
        if (resourceIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("update access_log set customer_number = null where resource_id in (:ids) "
                + "and customer_number is not null").setParameter("ids", resourceIds).executeUpdate();
    }
}
