package de.agency.integration.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * When resources are erased, the stored first answers that name them lose everything but the caller and the key: body,
 * location, the resource's id and the request's fingerprint are gone, and a retry with the key is answered 410 ({@code IDEMPOTENT_ANSWER_ERASED}), never
 * with the erased data, nor by doing the request again. The key itself is purged with its window as usual.
 */
@ApplicationScoped
public class IdempotencyErasure {

    private final EntityManager entityManager;

    IdempotencyErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** In the erasure's transaction; one statement however many resources. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawAnswersAbout(Collection<String> resourceIds) {
        if (resourceIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                        update idempotent_request set withdrawn_at = now(), request_hash = '', subject_id = null,
                          status = null, location = null, body = null
                        where subject_id in (:ids) and withdrawn_at is null""")
                .setParameter("ids", resourceIds).executeUpdate();
    }
}
