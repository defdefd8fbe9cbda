package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.domain.Phase;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Event data of {@code CaseOpened} on topic {@code case-events}: ids and codes only. Since schema version 2 without
 * the customer number, which goes to the compacted topic {@code case-customers} alone ({@link CaseCustomer}).
 */
public record CaseOpened(int schemaVersion, UUID caseId, LegalDomain legalDomain, String agency, String team,
                         String counsellor, Phase phase, OffsetDateTime openedAt) {

    public static final String TYPE = "CaseOpened";

    public static CaseOpened of(IntegrationCase c) {
        return new CaseOpened(2, c.id, c.legalDomain, c.agency, c.team, c.counsellor, c.phase, c.openedAt);
    }
}
