package de.agency.integration.reporting.service;

import de.agency.integration.reporting.domain.AgencyCaseCount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CaseReportService {

    public CaseReport cases() {
        List<CaseReport.AgencyCount> byAgency = AgencyCaseCount.byAgency().stream()
                .map(count -> new CaseReport.AgencyCount(count.agency, count.openedCases))
                .toList();
        return new CaseReport(byAgency.stream().mapToLong(CaseReport.AgencyCount::cases).sum(), byAgency);
    }
}
