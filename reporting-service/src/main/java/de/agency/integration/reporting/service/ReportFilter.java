package de.agency.integration.reporting.service;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/**
 * Filters of every report: agency, team, and a period (both days included) applied to the day a report counts by;
 * null means no restriction. {@code scopeTeams} is what the caller may see ({@link ReportPolicy}): null for every
 * team, else only those teams' rows (none if empty).
 */
public record ReportFilter(String agency, String team, LocalDate from, LocalDate to, List<String> scopeTeams) {

    public ReportFilter(String agency, String team, LocalDate from, LocalDate to) {
        this(agency, team, from, to, null);
    }

    ReportFilter scopedTo(List<String> teams) {
        return new ReportFilter(agency, team, from, to, teams);
    }

    /** SQL condition on the given agency, team and day columns, with named parameters. */
    String where(String agencyColumn, String teamColumn, String dayColumn) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (scopeTeams != null) {
            where.append(scopeTeams.isEmpty() ? " and 1 = 0" : " and " + teamColumn + " in (:scopeTeams)");
        }
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
        if (scopeTeams != null && !scopeTeams.isEmpty()) {
            query.setParameter("scopeTeams", scopeTeams);
        }
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
