package de.agency.integration.cases.privacy;

import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.event.CaseErased;
import de.agency.integration.cases.event.CaseEventPublisher;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.idempotency.IdempotencyErasure;
import de.agency.integration.privacy.AccessLogErasure;
import de.agency.integration.timers.DueTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Erases a case (§ 84 SGB X, Art. 17 GDPR): its notes, profiling, goal, strategies, steps, follow-ups and history are
 * deleted, the customer number and every free text of the case row with them; an anonymous shell stays (erased_at),
 * so that erasure is idempotent and late events of the case are recognised. The access log keeps its entries about
 * the case without the customer number; a stored first answer of {@code POST /cases} is withdrawn, so a retry with its
 * Idempotency-Key gets 410. Publishes {@code CaseErased} (case id
 * only) and a tombstone on {@code case-customers}, whose compaction removes the customer number from Kafka. Its due
 * dates' timers go with it.
 */
@ApplicationScoped
public class CaseErasure {

    /** Everything about a case, child tables first; notes may be deleted once the case is marked erased. */
    private static final List<String> CASE_DATA = List.of("counselling_note", "follow_up", "implementation_step",
            "selected_strategy", "need_for_action", "strength", "phase_transition");

    private final EntityManager entityManager;
    private final CaseEventPublisher events;
    private final AccessLogErasure accessLog;
    private final IdempotencyErasure idempotency;
    private final AgencyClock clock;
    private final DueTimers timers;

    CaseErasure(EntityManager entityManager, CaseEventPublisher events, AccessLogErasure accessLog,
                IdempotencyErasure idempotency, AgencyClock clock, DueTimers timers) {
        this.entityManager = entityManager;
        this.events = events;
        this.accessLog = accessLog;
        this.idempotency = idempotency;
        this.clock = clock;
        this.timers = timers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(IntegrationCase kase) {
        entityManager.flush();
        entityManager.detach(kase);
        erase(List.of(kase.id));
    }

    /** Erases the cases with one statement per table, however many they are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(List<UUID> ids) {
        OffsetDateTime now = clock.now();
        entityManager.createNativeQuery("""
                update integration_case set erased_at = :now, customer_number = null, conclusion = null,
                  profile_category = null, goal_kind = null, goal_description = null, goal_target_date = null,
                  inga_enrolled = false, inga_enrollment_id = null, inga_team = null, inga_counsellor = null,
                  version = version + 1
                where id in (:ids)""").setParameter("now", now).setParameter("ids", ids).executeUpdate();
        for (String table : CASE_DATA) {
            entityManager.createNativeQuery("delete from " + table + " where case_id in (:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
        List<String> resourceIds = ids.stream().map(UUID::toString).toList();
        timers.forget(ids);
        accessLog.forgetCustomerOf(resourceIds);
        idempotency.withdrawAnswersAbout(resourceIds);
        for (UUID id : ids) {
            events.publish(id, CaseErased.TYPE, new CaseErased(1, id, now));
            events.eraseCustomer(id);
        }
    }
}
