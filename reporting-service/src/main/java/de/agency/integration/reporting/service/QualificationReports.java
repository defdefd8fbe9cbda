package de.agency.integration.reporting.service;

import static de.agency.integration.reporting.service.ReportService.count;
import static de.agency.integration.reporting.service.ReportService.toDate;

import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Qualification of Inga counsellors (DESIGN.md 1.2): who holds the Inga counsellor role without a certification, and
 * which certification groups held no approved reflection day in the last 12 months. As of today (no period).
 */
@ApplicationScoped
public class QualificationReports {

    /** A holder of INTEGRATION_COUNSELLOR_SGB3 with no Inga certification, in the team the role rests on. */
    public record UncertifiedCounsellorRow(@Schema(examples = "311") String agency,
                                           @Schema(examples = "X90-311-INGA1") String team,
                                           @Schema(examples = "inga-counsellor") String ingaCounsellor) {
    }

    /** A certification group with its last and next approved reflection day. */
    public record ReflectionDayRow(@Schema(examples = "ZG-2026-311-A") String certificationGroup,
                                   long certifiedCounsellors, LocalDate firstCertifiedOn,
                                   @Schema(nullable = true) LocalDate lastReflectionDay,
                                   @Schema(nullable = true) LocalDate nextReflectionDay,
                                   boolean withoutReflectionDayInLast12Months) {
    }

    private final ReportQueries queries;
    private final ReportPolicy policy;
    private final AgencyClock clock;

    QualificationReports(ReportQueries queries, ReportPolicy policy, AgencyClock clock) {
        this.queries = queries;
        this.policy = policy;
        this.clock = clock;
    }

    /** Rows naming a counsellor: for leads of the team the role rests on only. */
    public List<UncertifiedCounsellorRow> uncertifiedIngaCounsellors(ReportFilter requested) {
        ReportFilter filter = policy.forNamedRows(requested);
        return queries.rows(filter, false, """
                select distinct m.agency, h.team, h.user_id from role_holding h
                left join inga_team_member m on m.user_id = h.user_id and m.team = h.team
                where h.role = 'INTEGRATION_COUNSELLOR_SGB3'
                  and not exists (select 1 from certification_fact c where c.user_id = h.user_id)
                  and %s order by m.agency, h.team, h.user_id""".formatted(filter.where("m.agency", "h.team", null)),
                Map.of(), r -> new UncertifiedCounsellorRow((String) r[0], (String) r[1], (String) r[2]));
    }

    /**
     * An aggregate per group; narrowed by agency, team or the caller's teams to the groups with a certified member
     * in such an Inga team.
     */
    public List<ReflectionDayRow> reflectionDays(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        boolean narrowed = filter.scopeTeams() != null || filter.agency() != null || filter.team() != null;
        String members = narrowed ? """
                and exists (select 1 from certification_fact g join inga_team_member m on m.user_id = g.user_id
                  where g.certification_group = c.certification_group and %s)"""
                .formatted(filter.where("m.agency", "m.team", null)) : "";
        LocalDate yearAgo = clock.today().minusMonths(12);
        return queries.rows(filter, false, """
                select c.certification_group, count(*), min(c.certified_on),
                  (select max(d.planned_on) from reflection_day_fact d where d.certification_group = c.certification_group
                     and d.status = 'APPROVED' and d.planned_on <= :today),
                  (select min(d.planned_on) from reflection_day_fact d where d.certification_group = c.certification_group
                     and d.status = 'APPROVED' and d.planned_on > :today)
                from certification_fact c where 1 = 1 %s
                group by c.certification_group order by c.certification_group""".formatted(members),
                Map.of(), r -> {
                    LocalDate last = toDate(r[3]);
                    return new ReflectionDayRow((String) r[0], count(r[1]), toDate(r[2]), last, toDate(r[4]),
                            last == null || last.isBefore(yearAgo));
                });
    }
}
