package de.agency.integration.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class CaseReportService {

    private final EntityManager entityManager;

    CaseReportService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CaseReport cases() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select agency, count(*) from case_fact group by agency order by agency", Object[].class).getResultList();
        List<CaseReport.AgencyCount> byAgency = rows.stream()
                .map(r -> new CaseReport.AgencyCount((String) r[0], ((Number) r[1]).longValue()))
                .toList();
        return new CaseReport(byAgency.stream().mapToLong(CaseReport.AgencyCount::cases).sum(), byAgency);
    }
}
