package de.agency.integration.cases.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code FollowUpRecorded}: when the talk was held and whether it reopened profiling. */
public record FollowUpRecorded(int schemaVersion, UUID caseId, UUID followUpId, LocalDate heldOn,
                               boolean reopensProfiling, OffsetDateTime recordedAt) {

    public static final String TYPE = "FollowUpRecorded";
}
