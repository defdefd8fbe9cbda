package de.agency.integration.reporting.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.figures.ContactFrequency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reports of DESIGN.md 1.4, aggregated from the read models by SQL, each narrowed by {@link ReportPolicy}. */
@ApplicationScoped
public class ReportService {

    static final String NOT_PURPOSEFUL = "COUNSELLING_NOT_PURPOSEFUL";
    /** What a report row shows instead of the id of an erased case's enrollment. */
    static final String ERASED = "erased";
    /** The agency's day a case was opened on (the column is an instant). */
    private static final String OPENING_DAY = "cast(opened_at at time zone '" + AgencyClock.ZONE_ID + "' as date)";

    public record CaseloadRow(String agency, String team, long openEnrollments) {
    }

    public record MonthRow(String month, long enrollments, long exits) {
    }

    public record ExitReasonRow(String reason, long exits, BigDecimal sharePercent) {
    }

    /**
     * One agency and month of the COUNSELLING_NOT_PURPOSEFUL monitoring; {@code agencyFlagged}: the agency's share
     * over the whole period lies above the mis-steering monitor's outer limit.
     */
    public record NotPurposefulRow(String agency, String month, long exits, long notPurposeful,
                                   @Schema(nullable = true) BigDecimal sharePercent,
                                   @Schema(nullable = true) BigDecimal medianMonthsInInga, long months6to8,
                                   long months9to11, long months12to17, long months18to24, long refusedEarly,
                                   boolean agencyFlagged) {
    }

    public record ContactFrequencyRow(String groupedBy, String key, long enrollments, long contacts,
                                      BigDecimal months, BigDecimal contactsPerMonth) {
    }

    public record NearingEndRow(@Schema(nullable = true) String enrollmentId, String agency, String team,
                                String ingaCounsellor,
                                LocalDate enrolledOn, LocalDate latestEndDate, long daysLeft) {
    }

    public record ComplianceRow(String agency, long sgb2Cases, long withAssessmentNote, BigDecimal compliancePercent) {
    }

    public record LackingRoleRow(String userId, String team, String agency, String function, String missingRole,
                                 LocalDate memberSince) {
    }

    public enum ContactGrouping { ENROLLMENT, COUNSELLOR, TEAM }

    /** The enrollments of one row of the contact-frequency report, summed as they are read. */
    private record FrequencyOfGroup(String key, long enrollments, ContactFrequency frequency) {

        FrequencyOfGroup plus(FrequencyOfGroup other) {
            return new FrequencyOfGroup(key, enrollments + other.enrollments, frequency.plus(other.frequency));
        }
    }

    private final ReportQueries queries;
    private final ReportPolicy policy;
    private final MisSteeringMonitor misSteering;
    private final AgencyClock clock;

    ReportService(ReportQueries queries, ReportPolicy policy, MisSteeringMonitor misSteering, AgencyClock clock) {
        this.queries = queries;
        this.policy = policy;
        this.misSteering = misSteering;
        this.clock = clock;
    }

    /** Open enrollments by agency and team (the period does not apply: a caseload is as of today). */
    public List<CaseloadRow> caseload(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        return rows(filter, false, """
                select agency, team, count(*) from enrollment_fact
                where exit_date is null and %s group by agency, team order by agency, team"""
                .formatted(filter.where("agency", "team", null)),
                r -> new CaseloadRow((String) r[0], (String) r[1], count(r[2])));
    }

    /** Enrollments and exits per month, by enrollment and exit day. */
    public List<MonthRow> enrollmentsOverTime(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        return rows(filter, true, """
                select month, sum(enrollments), sum(exits) from (
                  select to_char(enrolled_on, 'YYYY-MM') as month, 1 as enrollments, 0 as exits from enrollment_fact
                  where %s
                  union all
                  select to_char(exit_date, 'YYYY-MM'), 0, 1 from enrollment_fact
                  where exit_date is not null and %s) m
                group by month order by month"""
                .formatted(filter.where("agency", "team", "enrolled_on"), filter.where("agency", "team", "exit_date")),
                r -> new MonthRow((String) r[0], count(r[1]), count(r[2])));
    }

    public List<ExitReasonRow> exitsByReason(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        return rows(filter, true, """
                select exit_reason, count(*), 100.0 * count(*) / sum(count(*)) over () from enrollment_fact
                where exit_reason is not null and %s group by exit_reason order by count(*) desc, exit_reason"""
                .formatted(filter.where("agency", "team", "exit_date")),
                r -> new ExitReasonRow((String) r[0], count(r[1]), percent(r[2])));
    }

    public List<NotPurposefulRow> notPurposefulMonitoring(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        List<Object[]> monthly = query(filter, true, """
                select e.agency, to_char(e.exit_date, 'YYYY-MM') as month, count(*),
                  count(*) filter (where e.exit_reason = :reason),
                  percentile_cont(0.5) within group (order by e.months_in_inga) filter (where e.exit_reason = :reason),
                  count(*) filter (where e.exit_reason = :reason and e.months_in_inga between 6 and 8),
                  count(*) filter (where e.exit_reason = :reason and e.months_in_inga between 9 and 11),
                  count(*) filter (where e.exit_reason = :reason and e.months_in_inga between 12 and 17),
                  count(*) filter (where e.exit_reason = :reason and e.months_in_inga >= 18)
                from enrollment_fact e where e.exit_date is not null and %s
                group by e.agency, month"""
                .formatted(filter.where("e.agency", "e.team", "e.exit_date")), NOT_PURPOSEFUL);
        Map<String, Long> refusals = query(filter, true, """
                select agency || ' ' || to_char(attempted_on, 'YYYY-MM'), count(*) from early_exit_refusal
                where reason = :reason and %s group by 1"""
                .formatted(filter.where("agency", "team", "attempted_on")), NOT_PURPOSEFUL)
                .stream().collect(Collectors.toMap(r -> (String) r[0], r -> count(r[1])));
        Set<String> flagged = misSteering.agenciesAboveOuterLimit(requested);
        List<NotPurposefulRow> rows = new ArrayList<>();
        for (Object[] r : monthly) {
            String agency = (String) r[0];
            String month = (String) r[1];
            long exits = count(r[2]);
            long uses = count(r[3]);
            rows.add(new NotPurposefulRow(agency, month, exits, uses, percent(100.0 * uses / exits),
                    r[4] == null ? null : BigDecimal.valueOf(((Number) r[4]).doubleValue()).setScale(1, RoundingMode.HALF_UP),
                    count(r[5]), count(r[6]), count(r[7]), count(r[8]),
                    refusals.getOrDefault(agency + " " + month, 0L), flagged.contains(agency)));
        }
        refusals.forEach((agencyMonth, refused) -> {
            String[] key = agencyMonth.split(" ");
            if (rows.stream().noneMatch(row -> row.agency().equals(key[0]) && row.month().equals(key[1]))) {
                rows.add(new NotPurposefulRow(key[0], key[1], 0, 0, percent(0), null, 0, 0, 0, 0, refused,
                        flagged.contains(key[0])));
            }
        });
        rows.sort((a, b) -> a.agency().equals(b.agency()) ? a.month().compareTo(b.month())
                : a.agency().compareTo(b.agency()));
        return rows;
    }

    /** Contacts per month over all forms, from enrollment to exit (or today), the first month counted whole. */
    @Transactional
    public List<ContactFrequencyRow> contactFrequency(ReportFilter requested, ContactGrouping grouping) {
        ReportFilter filter = grouping == ContactGrouping.TEAM ? policy.forAggregates(requested)
                : policy.forNamedRows(requested);
        // an erased case's enrollment keeps its own row, without its id
        String group = switch (grouping) {
            case ENROLLMENT -> "e.enrollment_id";
            case COUNSELLOR -> "e.inga_counsellor";
            case TEAM -> "e.team";
        };
        String key = grouping == ContactGrouping.ENROLLMENT
                ? "case when e.erased then '" + ERASED + "' else cast(e.enrollment_id as varchar) end" : group;
        // per enrollment; a group's frequency is summed with the one definition inga-service answers with
        List<Object[]> enrollments = rows(filter, true, """
                select cast(%s as varchar), %s, e.enrolled_on, coalesce(e.exit_date, :today), coalesce(c.contacts, 0)
                from enrollment_fact e
                left join (select enrollment_id, count(*) as contacts from contact_fact group by enrollment_id) c
                  on c.enrollment_id = e.enrollment_id
                where %s order by 2, 1""".formatted(group, key, filter.where("e.agency", "e.team", "e.enrolled_on")),
                r -> r);
        Map<String, FrequencyOfGroup> groups = new LinkedHashMap<>();
        for (Object[] r : enrollments) {
            groups.merge((String) r[0], new FrequencyOfGroup((String) r[1], 1,
                    ContactFrequency.of(count(r[4]), toDate(r[2]), toDate(r[3]))), FrequencyOfGroup::plus);
        }
        List<ContactFrequencyRow> rows = groups.values().stream().map(row -> new ContactFrequencyRow(grouping.name(),
                row.key(), row.enrollments(), row.frequency().contacts(), row.frequency().roundedMonths(),
                row.frequency().perMonth())).toList();
        if (grouping == ContactGrouping.ENROLLMENT) {
            policy.recordEnrollmentRows(rows.stream().map(ContactFrequencyRow::key).filter(id -> !ERASED.equals(id))
                    .toList());
        }
        return rows;
    }

    /** Open enrollments whose 24 months end within the given days (the period does not apply). */
    @Transactional
    public List<NearingEndRow> nearingMaxDuration(ReportFilter requested, int days) {
        ReportFilter filter = policy.forNamedRows(requested);
        LocalDate today = clock.today();
        List<NearingEndRow> rows = rows(filter, false, """
                select case when erased then null else cast(enrollment_id as varchar) end, agency, team,
                  inga_counsellor, enrolled_on, latest_end_date
                from enrollment_fact where exit_date is null and latest_end_date <= :until and %s
                order by latest_end_date, enrollment_id""".formatted(filter.where("agency", "team", null)),
                Map.of("until", today.plusDays(days)),
                r -> {
                    LocalDate end = toDate(r[5]);
                    return new NearingEndRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], toDate(r[4]),
                            end, end.toEpochDay() - today.toEpochDay());
                });
        policy.recordEnrollmentRows(rows.stream().map(NearingEndRow::enrollmentId).filter(Objects::nonNull).toList());
        return rows;
    }

    /** SGB II cases (by opening day) that have the PROFILING_ASSESSMENT note of the first counselling. */
    public List<ComplianceRow> sgb2Compliance(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        return rows(filter, true, """
                select agency, count(*), count(*) filter (where assessment_note) from case_fact
                where legal_domain = 'SGB_II' and %s group by agency order by agency"""
                .formatted(filter.where("agency", "team", OPENING_DAY)),
                r -> new ComplianceRow((String) r[0], count(r[1]), count(r[2]), percent(100.0 * count(r[2]) / count(r[1]))));
    }

    /** Current Inga team members without the role their function calls for (the period does not apply). */
    public List<LackingRoleRow> membersLackingRole(ReportFilter requested) {
        ReportFilter filter = policy.forNamedRows(requested);
        return rows(filter, false, """
                select m.user_id, m.team, m.agency, m.function, r.role, m.joined_on from inga_team_member m
                join (values ('COUNSELLOR', 'INTEGRATION_COUNSELLOR_SGB3'), ('TEAM_LEAD', 'INGA_ADDITIONAL_PERMISSION'))
                  r(function, role) on r.function = m.function
                where not exists (select 1 from role_holding h where h.user_id = m.user_id and h.role = r.role)
                  and %s order by m.agency, m.team, m.user_id""".formatted(filter.where("m.agency", "m.team", null)),
                r -> new LackingRoleRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        toDate(r[5])));
    }

    private <T> List<T> rows(ReportFilter filter, boolean withPeriod, String sql, Function<Object[], T> row) {
        return rows(filter, withPeriod, sql, Map.of(), row);
    }

    private <T> List<T> rows(ReportFilter filter, boolean withPeriod, String sql, Map<String, Object> parameters,
                             Function<Object[], T> row) {
        return queries.rows(filter, withPeriod, sql, parameters, row);
    }

    private List<Object[]> query(ReportFilter filter, boolean withPeriod, String sql, String reason) {
        return rows(filter, withPeriod, sql, Map.of("reason", reason), r -> r);
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal percent(Object value) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(1, RoundingMode.HALF_UP);
    }

    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
