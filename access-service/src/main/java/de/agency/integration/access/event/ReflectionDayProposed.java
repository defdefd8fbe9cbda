package de.agency.integration.access.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code ReflectionDayProposed}: a certified counsellor proposed the group's reflection day. */
public record ReflectionDayProposed(int schemaVersion, UUID reflectionDayId, String certificationGroup,
                                    LocalDate plannedOn, String proposedBy, OffsetDateTime proposedAt) {

    public static final String TYPE = "ReflectionDayProposed";
}
