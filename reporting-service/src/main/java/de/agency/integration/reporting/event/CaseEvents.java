package de.agency.integration.reporting.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The data reporting reads from topic {@code case-events} (tolerant reader: other fields are ignored). */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(UUID caseId, String legalDomain, String agency, String team, OffsetDateTime openedAt) {
        public static final String TYPE = "CaseOpened";
    }

    public record ProfilingCompleted(UUID caseId, String profileCategory, boolean profilingAssessmentNote) {
        public static final String TYPE = "ProfilingCompleted";
    }

    public record CounsellingNoteRecorded(UUID caseId, String noteType) {
        public static final String TYPE = "CounsellingNoteRecorded";
    }

    public record CaseErased(UUID caseId) {
        public static final String TYPE = "CaseErased";
    }

    public record CaseHandedOver(UUID caseId, String toLegalDomain) {
        public static final String TYPE = "CaseHandedOver";
    }
}
