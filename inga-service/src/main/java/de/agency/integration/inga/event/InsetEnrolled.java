package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event data of {@code InsetEnrolled}: a customer was enrolled into Inga (Einmündung). Since schema version 2 without
 * the customer number; the case id names the case.
 */
public record InsetEnrolled(int schemaVersion, UUID enrollmentId, UUID caseId, String agency, String team,
                            String ingaCounsellor, LocalDate enrolledAt, LocalDate latestEndDate) {

    public static final String TYPE = "InsetEnrolled";
}
