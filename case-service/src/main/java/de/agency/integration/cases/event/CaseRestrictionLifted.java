package de.agency.integration.cases.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code CaseRestrictionLifted}: the case may be worked and read again. */
public record CaseRestrictionLifted(int schemaVersion, UUID caseId, OffsetDateTime liftedAt) {

    public static final String TYPE = "CaseRestrictionLifted";
}
