package de.agency.integration.inga.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters on /q/metrics: enrollments, exits by reason, refused early exits; each counted once its
 * transaction has committed.
 */
@ApplicationScoped
class IngaMetrics {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    IngaMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    void enrolled(String agency) {
        afterCommit(() -> registry.counter("inga.enrollments", "agency", agency).increment());
    }

    void exited(String agency, String reason) {
        afterCommit(() -> registry.counter("inga.exits", "agency", agency, "reason", reason).increment());
    }

    void earlyExitRefused(String agency, String reason) {
        afterCommit(() -> registry.counter("inga.early.exits.refused", "agency", agency, "reason", reason).increment());
    }

    private void afterCommit(Runnable count) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // counted only after the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }
}
