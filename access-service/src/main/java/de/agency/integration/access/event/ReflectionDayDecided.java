package de.agency.integration.access.event;

import de.agency.integration.access.domain.RequestStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code ReflectionDayDecided}: approved or rejected by a lead; the reason text stays in access-service. */
public record ReflectionDayDecided(int schemaVersion, UUID reflectionDayId, String certificationGroup,
                                   LocalDate plannedOn, RequestStatus decision, String decidedBy,
                                   OffsetDateTime decidedAt) {

    public static final String TYPE = "ReflectionDayDecided";
}
