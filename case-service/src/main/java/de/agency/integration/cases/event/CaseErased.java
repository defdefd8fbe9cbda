package de.agency.integration.cases.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code CaseErased}: the case and everything about it were erased (by case id only). */
public record CaseErased(int schemaVersion, UUID caseId, OffsetDateTime erasedAt) {

    public static final String TYPE = "CaseErased";
}
