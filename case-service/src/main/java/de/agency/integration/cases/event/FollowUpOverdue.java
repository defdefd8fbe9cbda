package de.agency.integration.cases.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Event data of the timer event {@code FollowUpOverdue}: the follow-up talk that {@code followUpId} planned for
 * {@code dueOn} was not held by then (no further talk recorded).
 */
public record FollowUpOverdue(int schemaVersion, UUID caseId, UUID followUpId, LocalDate dueOn,
                              OffsetDateTime firedAt) {

    public static final String TYPE = "FollowUpOverdue";
}
