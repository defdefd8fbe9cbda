package de.agency.integration.reporting.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The data reporting reads from topic {@code case-events} (tolerant reader: other fields are ignored). */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(UUID caseId, String legalDomain, String agency, String team, String counsellor,
                             OffsetDateTime openedAt) {
        public static final String TYPE = "CaseOpened";
    }

    public record ImplementationStepAgreed(UUID caseId, UUID stepId, LocalDate dueOn) {
        public static final String TYPE = "ImplementationStepAgreed";
    }

    public record ImplementationStepStatusChanged(UUID caseId, UUID stepId, String status, LocalDate dueOn) {
        public static final String TYPE = "ImplementationStepStatusChanged";
    }

    public record ImplementationStepOverdue(UUID caseId, UUID stepId, LocalDate dueOn, OffsetDateTime firedAt) {
        public static final String TYPE = "ImplementationStepOverdue";
    }

    /** {@code nextFollowUpOn} since schema version 2, null before. */
    public record FollowUpRecorded(UUID caseId, UUID followUpId, LocalDate nextFollowUpOn) {
        public static final String TYPE = "FollowUpRecorded";
    }

    public record FollowUpOverdue(UUID caseId, UUID followUpId, LocalDate dueOn, OffsetDateTime firedAt) {
        public static final String TYPE = "FollowUpOverdue";
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
