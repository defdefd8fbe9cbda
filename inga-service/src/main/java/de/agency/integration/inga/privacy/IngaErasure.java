package de.agency.integration.inga.privacy;

import de.agency.integration.idempotency.IdempotencyErasure;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.privacy.AccessLogErasure;
import de.agency.integration.timers.DueTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Erases what inga-service holds about a case erased in case-service ({@code CaseErased}): its enrollments with their
 * contacts, consents and protected note (ciphertext and all), and the customer number. The protected-note audit keeps
 * its rows (who, when, which enrollment id) for its own period, and so does the access log, without the customer
 * number. Stored first answers of {@code POST /enrollments} and of contacts are withdrawn: a retry with their
 * Idempotency-Key gets 410.
 */
@ApplicationScoped
public class IngaErasure {

    /** Everything about the enrollments of a case, child tables first. */
    private static final List<String> ENROLLMENT_DATA = List.of("contact", "signed_original", "consent",
            "protected_note", "first_meeting");

    private final EntityManager entityManager;
    private final AccessLogErasure accessLog;
    private final IdempotencyErasure idempotency;
    private final DueTimers timers;

    IngaErasure(EntityManager entityManager, AccessLogErasure accessLog, IdempotencyErasure idempotency,
                DueTimers timers) {
        this.timers = timers;
        this.entityManager = entityManager;
        this.accessLog = accessLog;
        this.idempotency = idempotency;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseCase(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<UUID> enrollments = entityManager.createNativeQuery("select id from enrollment where case_id = :case",
                UUID.class).setParameter("case", caseId).getResultList();
        @SuppressWarnings("unchecked")
        List<UUID> referrals = entityManager.createNativeQuery("select id from referral where case_id = :case",
                UUID.class).setParameter("case", caseId).getResultList();
        accessLog.forgetCustomerOf(Stream.concat(enrollments.stream(), referrals.stream())
                .map(UUID::toString).toList());
        idempotency.withdrawAnswersAbout(enrollments.stream().map(UUID::toString).toList());
        timers.forget(enrollments);
        entityManager.createNativeQuery("delete from referral where case_id = :case").setParameter("case", caseId)
                .executeUpdate();
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
