package de.agency.integration.inga.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The data inga-service reads from case-service's events (tolerant reader: other fields are ignored). */
public final class CaseEvent {

    private CaseEvent() {
    }

    /** @param customerNumber only in schema version 1; since version 2 on topic {@code case-customers} alone */
    public record CaseOpened(UUID caseId, String customerNumber, String legalDomain, String agency, String team) {
        public static final String TYPE = "CaseOpened";
    }

    public record ProfilingCompleted(UUID caseId, String legalDomain, String profileCategory) {
        public static final String TYPE = "ProfilingCompleted";
    }

    public record CaseHandedOver(UUID caseId, String toLegalDomain, OffsetDateTime handedOverAt) {
        public static final String TYPE = "CaseHandedOver";
    }

    public record CaseClosed(UUID caseId) {
        public static final String TYPE = "CaseClosed";
    }

    public record CaseRestricted(UUID caseId) {
        public static final String TYPE = "CaseRestricted";
    }

    public record CaseRestrictionLifted(UUID caseId) {
        public static final String TYPE = "CaseRestrictionLifted";
    }

    public record CaseErased(UUID caseId) {
        public static final String TYPE = "CaseErased";
    }

    /** Record of the compacted topic {@code case-customers}; a record without data is the tombstone of an erased case. */
    public record CaseCustomer(UUID caseId, String customerNumber) {
    }
}
