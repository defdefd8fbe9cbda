package de.agency.integration.reporting.service;

import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs a report's SQL over the read models with the filter the access policy left, {@code :today} the agency's day. */
@ApplicationScoped
class ReportQueries {

    private final EntityManager entityManager;
    private final AgencyClock clock;

    ReportQueries(EntityManager entityManager, AgencyClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    <T> List<T> rows(ReportFilter filter, boolean withPeriod, String sql, Map<String, Object> parameters,
                     Function<Object[], T> row) {
        var query = entityManager.createNativeQuery(sql, Object[].class);
        parameters.forEach(query::setParameter);
        if (sql.contains(":today")) {
            query.setParameter("today", clock.today());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = filter.bind(query, withPeriod).getResultList();
        return result.stream().map(row).toList();
    }
}
