package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event data of {@code InsetEnrolled}: a customer was enrolled into Inga (Einmündung), which is the acceptance the
 * first meeting is measured from. Since schema version 2 without the customer number (the case id names the case);
 * since version 3 with the agency's federal state, whose holidays are no working days (null where the catalogue
 * has no state for the agency: the nationwide holidays only); since version 4 with the due date of the first
 * meeting, the last of the working days after the acceptance.
 */
public record InsetEnrolled(int schemaVersion, UUID enrollmentId, UUID caseId, String agency, String team,
                            String ingaCounsellor, LocalDate enrolledAt, LocalDate latestEndDate,
                            String federalState, LocalDate firstMeetingDueOn) {

    public static final String TYPE = "InsetEnrolled";
}
