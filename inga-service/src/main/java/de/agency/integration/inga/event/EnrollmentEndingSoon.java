package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of the timer event {@code EnrollmentEndingSoon}: an open enrollment reaches its 24 months on that day. */
public record EnrollmentEndingSoon(int schemaVersion, UUID enrollmentId, UUID caseId, LocalDate latestEndDate,
                                   OffsetDateTime firedAt) {

    public static final String TYPE = "EnrollmentEndingSoon";
}
