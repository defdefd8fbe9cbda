package de.agency.integration.cases.event;

import java.util.UUID;

/** Data of {@code InsetEnrolled} from topic {@code inga-events}, as far as case-service reads it. */
public record InsetEnrolled(int schemaVersion, UUID enrollmentId, UUID caseId, String team, String ingaCounsellor) {

    public static final String TYPE = "InsetEnrolled";
}
