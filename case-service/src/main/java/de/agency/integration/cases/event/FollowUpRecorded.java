package de.agency.integration.cases.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Event data of {@code FollowUpRecorded}: when the talk was held and whether it reopened profiling; since schema
 * version 2 the day of the next talk it planned, if any (a due date of the worklist).
 */
public record FollowUpRecorded(int schemaVersion, UUID caseId, UUID followUpId, LocalDate heldOn,
                               boolean reopensProfiling, LocalDate nextFollowUpOn, OffsetDateTime recordedAt) {

    public static final String TYPE = "FollowUpRecorded";
}
