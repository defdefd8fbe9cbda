package de.agency.integration.inga.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The data inga-service reads from case-service's events (tolerant reader: other fields are ignored). */
public final class CaseEvent {

    private CaseEvent() {
    }

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
}
