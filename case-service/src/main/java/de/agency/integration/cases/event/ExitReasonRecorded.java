package de.agency.integration.cases.event;

import java.util.UUID;

/** Data of {@code ExitReasonRecorded} from topic {@code inga-events}, as far as case-service reads it. */
public record ExitReasonRecorded(int schemaVersion, UUID enrollmentId, UUID caseId, String reason) {

    public static final String TYPE = "ExitReasonRecorded";
}
