package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.LegalDomain;

/** Command to open a case; validated at the API boundary. */
public record OpenCase(String customerNumber, LegalDomain legalDomain, String agency, String team, String counsellor) {
}
