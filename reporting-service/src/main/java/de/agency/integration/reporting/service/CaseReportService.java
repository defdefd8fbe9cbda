package de.agency.integration.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Cases opened, in total and per agency, as far as {@link ReportPolicy} lets the caller see them. */
@ApplicationScoped
public class CaseReportService {

    private static final ReportFilter EVERY_CASE = new ReportFilter(null, null, null, null);

    private final EntityManager entityManager;
    private final ReportPolicy policy;

    CaseReportService(EntityManager entityManager, ReportPolicy policy) {
        this.entityManager = entityManager;
        this.policy = policy;
    }

    public CaseReport cases() {
        ReportFilter filter = policy.forAggregates(EVERY_CASE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(entityManager.createNativeQuery("select agency, count(*) from case_fact where "
                + filter.where("agency", "team", null) + " group by agency order by agency", Object[].class), false)
                .getResultList();
        List<CaseReport.AgencyCount> byAgency = rows.stream()
                .map(r -> new CaseReport.AgencyCount((String) r[0], ((Number) r[1]).longValue()))
                .toList();
        return new CaseReport(byAgency.stream().mapToLong(CaseReport.AgencyCount::cases).sum(), byAgency);
    }
}
