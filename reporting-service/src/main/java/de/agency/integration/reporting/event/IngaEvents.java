package de.agency.integration.reporting.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The data reporting reads from topic {@code inga-events} (tolerant reader: other fields are ignored). */
public final class IngaEvents {

    private IngaEvents() {
    }

    /** {@code federalState} since schema version 3, {@code firstMeetingDueOn} since 4; null before. */
    public record InsetEnrolled(UUID enrollmentId, UUID caseId, String agency, String team, String ingaCounsellor,
                                LocalDate enrolledAt, LocalDate latestEndDate, String federalState,
                                LocalDate firstMeetingDueOn) {
        public static final String TYPE = "InsetEnrolled";
    }

    public record FirstMeetingOverdue(UUID enrollmentId, LocalDate dueOn, OffsetDateTime firedAt) {
        public static final String TYPE = "FirstMeetingOverdue";
    }

    public record EnrollmentEndingSoon(UUID enrollmentId, LocalDate latestEndDate, OffsetDateTime firedAt) {
        public static final String TYPE = "EnrollmentEndingSoon";
    }

    public record IngaContactRecorded(UUID enrollmentId, UUID contactId, String form, LocalDate contactDate) {
        public static final String TYPE = "IngaContactRecorded";
    }

    public record EarlyExitRefused(UUID enrollmentId, String agency, String team, String reason,
                                   LocalDate attemptedOn, int monthsInInga) {
        public static final String TYPE = "EarlyExitRefused";
    }

    public record ExitReasonRecorded(UUID enrollmentId, String reason, LocalDate exitDate, int monthsInInga) {
        public static final String TYPE = "ExitReasonRecorded";
    }

    public record IngaReferred(UUID referralId, UUID caseId, String agency, String toTeam, LocalDate referredOn) {
        public static final String TYPE = "IngaReferred";
    }

    public record IngaReferralDeclined(UUID referralId, String reason, LocalDate declinedOn) {
        public static final String TYPE = "IngaReferralDeclined";
    }

    public record IngaFirstMeetingHeld(UUID enrollmentId, LocalDate heldOn, int workingDaysSinceAcceptance) {
        public static final String TYPE = "IngaFirstMeetingHeld";
    }
}
