package de.agency.integration.cases.rest;

import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.LegalDomain;
import de.agency.integration.cases.domain.Phase;
import java.time.OffsetDateTime;
import java.util.UUID;

public record CaseView(UUID id, String customerNumber, LegalDomain legalDomain, String agency, String team,
                       String counsellor, Phase phase, OffsetDateTime openedAt) {

    static CaseView of(IntegrationCase c) {
        return new CaseView(c.id, c.customerNumber, c.legalDomain, c.agency, c.team, c.counsellor, c.phase, c.openedAt);
    }
}
