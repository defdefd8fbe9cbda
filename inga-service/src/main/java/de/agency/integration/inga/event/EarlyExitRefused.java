package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/** Event data of {@code EarlyExitRefused}: counted for the monitoring of COUNSELLING_NOT_PURPOSEFUL. */
public record EarlyExitRefused(int schemaVersion, UUID enrollmentId, UUID caseId, String agency, String team,
                               String ingaCounsellor, String reason, LocalDate attemptedOn, int monthsInInga,
                               int minMonthsInInga) {

    public static final String TYPE = "EarlyExitRefused";
}
