package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Event data of the timer event {@code FirstMeetingOverdue}: no first meeting was recorded by {@code dueOn}, the last
 * of the working days after the acceptance.
 */
public record FirstMeetingOverdue(int schemaVersion, UUID enrollmentId, UUID caseId, LocalDate dueOn,
                                  OffsetDateTime firedAt) {

    public static final String TYPE = "FirstMeetingOverdue";
}
