package de.agency.integration.reporting.service;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.UUID;

/**
 * A lock on one case's read model rows across aggregates, held to the end of the current transaction: effects of
 * events on different aggregates that read what the other writes (a referral and its enrollment, an erasure and an
 * enrollment) take it first, so that two partitions replayed side by side, or two replicas, cannot each miss the
 * other's uncommitted row.
 */
final class CaseLock {

    /** The first key of PostgreSQL's two-key advisory locks for cases: "case" in ASCII. */
    private static final int CASES = 0x63617365;

    private CaseLock() {
    }

    static void hold(UUID caseId) {
        Panache.getEntityManager().createNativeQuery("select count(*) from pg_advisory_xact_lock(:cases, :case)")
                .setParameter("cases", CASES).setParameter("case", caseId.hashCode()).getSingleResult();
    }
}
