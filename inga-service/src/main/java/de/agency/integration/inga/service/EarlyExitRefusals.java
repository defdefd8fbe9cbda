package de.agency.integration.inga.service;

import de.agency.integration.inga.event.EarlyExitRefused;
import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Publishes a refused early exit for monitoring, in its own transaction: the refusal itself rolls back. */
@ApplicationScoped
class EarlyExitRefusals {

    private final Outbox outbox;
    private final IngaMetrics metrics;

    EarlyExitRefusals(Outbox outbox, IngaMetrics metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(EarlyExitRefused refused) {
        outbox.record(EnrollmentService.AGGREGATE, refused.enrollmentId().toString(), EarlyExitRefused.TYPE, refused);
        metrics.earlyExitRefused(refused.agency(), refused.reason());
    }
}
