package de.agency.integration.reporting.service;

import java.util.List;

/** Number of cases opened, in total and per agency. */
public record CaseReport(long total, List<AgencyCount> byAgency) {

    public record AgencyCount(String agency, long cases) {
    }
}
