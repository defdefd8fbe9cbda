package de.agency.integration.inga.privacy;

import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Erases what inga-service holds about a case erased in case-service ({@code CaseErased}): its enrollments with their
 * contacts, consents and protected note (ciphertext and all), and the customer number. The protected-note audit keeps
 * its rows (who, when, which enrollment id) for its own period; they name no customer.
 */
@ApplicationScoped
public class IngaErasure {

    /** Everything about the enrollments of a case, child tables first. */
    private static final List<String> ENROLLMENT_DATA = List.of("contact", "consent", "protected_note");

    private final EntityManager entityManager;

    IngaErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseCase(UUID caseId) {
        for (String table : ENROLLMENT_DATA) {
            entityManager.createNativeQuery("delete from " + table
                    + " where enrollment_id in (select id from enrollment where case_id = :case)")
                    .setParameter("case", caseId).executeUpdate();
        }
        entityManager.createNativeQuery("delete from enrollment where case_id = :case").setParameter("case", caseId)
                .executeUpdate();
        CaseCustomer.forget(caseId);
        CaseReplica kase = CaseReplica.findById(caseId);
        if (kase != null) {
            kase.erased = true;
            kase.restricted = false;
        }
    }
}
