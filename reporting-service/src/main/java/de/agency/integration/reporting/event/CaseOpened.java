package de.agency.integration.reporting.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code CaseOpened} from topic {@code case-events}, as far as reporting reads it. */
public record CaseOpened(int schemaVersion, UUID caseId, String legalDomain, String agency, String team,
                         String phase, OffsetDateTime openedAt) {

    public static final String TYPE = "CaseOpened";
}
