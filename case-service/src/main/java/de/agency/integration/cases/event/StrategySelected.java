package de.agency.integration.cases.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Event data of {@code StrategySelected}: the strategy codes and the key dimension of the need each addresses. */
public record StrategySelected(int schemaVersion, UUID caseId, List<Selection> strategies, OffsetDateTime selectedAt) {

    public static final String TYPE = "StrategySelected";

    public record Selection(String strategy, UUID needId, String needDimension) {
    }
}
