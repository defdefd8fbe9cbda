package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.Phase;

/** Search criteria for cases; null means any. */
public record CaseSearch(String customerNumber, String agency, Phase phase, String counsellor) {
}
