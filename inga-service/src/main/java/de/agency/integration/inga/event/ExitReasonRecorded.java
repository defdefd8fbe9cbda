package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code ExitReasonRecorded}: the enrollment ended with a reason of the catalogue. */
public record ExitReasonRecorded(int schemaVersion, UUID enrollmentId, UUID caseId, String agency, String team,
                                 String ingaCounsellor, String reason, LocalDate exitDate, int monthsInInga) {

    public static final String TYPE = "ExitReasonRecorded";
}
