package de.agency.integration.reporting.service;

import jakarta.persistence.Query;
import java.time.LocalDate;

/**
 * Filters of every report: agency, team, and a period (both days included) applied to the day a report counts by.
 * Null means no restriction.
 */
public record ReportFilter(String agency, String team, LocalDate from, LocalDate to) {

    /** SQL condition on the given agency, team and day columns, with named parameters. */
    String where(String agencyColumn, String teamColumn, String dayColumn) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (agency != null) {
            where.append(" and ").append(agencyColumn).append(" = :agency");
        }
        if (team != null) {
            where.append(" and ").append(teamColumn).append(" = :team");
        }
        if (from != null && dayColumn != null) {
            where.append(" and ").append(dayColumn).append(" >= :from");
        }
        if (to != null && dayColumn != null) {
            where.append(" and ").append(dayColumn).append(" <= :to");
        }
        return where.toString();
    }

    Query bind(Query query, boolean withPeriod) {
        if (agency != null) {
            query.setParameter("agency", agency);
        }
        if (team != null) {
            query.setParameter("team", team);
        }
        if (from != null && withPeriod) {
            query.setParameter("from", from);
        }
        if (to != null && withPeriod) {
            query.setParameter("to", to);
        }
        return query;
    }
}
