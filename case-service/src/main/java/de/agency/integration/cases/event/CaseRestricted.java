package de.agency.integration.cases.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code CaseRestricted}: the case is frozen (GDPR Art. 18); the reason stays in case-service. */
public record CaseRestricted(int schemaVersion, UUID caseId, OffsetDateTime restrictedAt) {

    public static final String TYPE = "CaseRestricted";
}
