package de.agency.integration.cases.event;

import java.util.UUID;

/**
 * Record of the compacted topic {@code case-customers} (key = case id): the case's customer number, the only personal
 * datum case-service publishes. When the case is erased a tombstone follows, and compaction removes this record from
 * Kafka.
 */
public record CaseCustomer(int schemaVersion, UUID caseId, String customerNumber) {

    public static final String TYPE = "CaseCustomer";
    public static final String TOPIC = "case-customers";
}
