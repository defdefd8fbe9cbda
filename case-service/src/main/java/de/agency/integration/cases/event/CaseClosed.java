package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.CloseReason;
import de.agency.integration.cases.domain.Phase;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code CaseClosed}. */
public record CaseClosed(int schemaVersion, UUID caseId, CloseReason reason, Phase lastPhase, OffsetDateTime closedAt) {

    public static final String TYPE = "CaseClosed";
}
