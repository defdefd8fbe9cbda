package de.agency.integration.reporting.service;

import static de.agency.integration.reporting.service.ReportService.count;
import static de.agency.integration.reporting.service.ReportService.percent;
import static de.agency.integration.reporting.service.ReportService.toDate;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.figures.WorkingDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The way into Inga (DESIGN.md 1.2 [sourced]): how soon the first meeting follows the acceptance and which open
 * acceptances have waited too long already, the caseload of each Inga counsellor against the key, and what became of
 * the referrals.
 */
@ApplicationScoped
public class IngaEntryReports {

    /** First meetings per agency and receiving team, by meeting day. */
    public record FirstMeetingRow(String agency, String team, long firstMeetings, BigDecimal medianWorkingDays,
                                  long overThreshold, BigDecimal sharePercentOverThreshold, int thresholdWorkingDays) {
    }

    /**
     * An open enrollment still without its first meeting, more working days after the acceptance than the threshold
     * (null enrollment id once its case is erased).
     */
    public record OverdueFirstMeetingRow(@Schema(examples = "311") String agency,
                                         @Schema(examples = "X90-311-INGA1") String team,
                                         @Schema(nullable = true, format = "uuid",
                                                 examples = "3f1c9a52-6b1e-4c8e-9d4a-2f7b8c1e5a90")
                                         String enrollmentId,
                                         @Schema(examples = "inga-counsellor") String ingaCounsellor,
                                         LocalDate acceptedOn, int workingDaysSinceAcceptance,
                                         int thresholdWorkingDays) {
    }

    /** Open enrollments of one Inga counsellor against the caseload key. */
    public record CounsellorCaseloadRow(String agency, String team, String ingaCounsellor, long openEnrollments,
                                        int caseloadKey, boolean atOrAboveKey) {
    }

    /** Referrals per receiving team and outcome (a declined one by reason), by referral day. */
    public record ReferralRow(String agency, String team, String outcome,
                              @Schema(nullable = true) String declineReason, long referrals) {
    }

    private final ReportQueries queries;
    private final ReportPolicy policy;
    private final IngaEntryConfig config;
    private final WorkingDays workingDays;
    private final AgencyClock clock;

    IngaEntryReports(ReportQueries queries, ReportPolicy policy, IngaEntryConfig config, WorkingDays workingDays,
                     AgencyClock clock) {
        this.queries = queries;
        this.policy = policy;
        this.config = config;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public List<FirstMeetingRow> firstMeetingTimeliness(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        int threshold = config.firstMeetingWorkingDays();
        return queries.rows(filter, true, """
                select e.agency, e.team, count(*),
                  percentile_cont(0.5) within group (order by m.working_days),
                  count(*) filter (where m.working_days > :threshold)
                from first_meeting_fact m join enrollment_fact e on e.enrollment_id = m.enrollment_id
                where %s group by e.agency, e.team order by e.agency, e.team"""
                        .formatted(filter.where("e.agency", "e.team", "m.held_on")),
                Map.of("threshold", threshold),
                r -> new FirstMeetingRow((String) r[0], (String) r[1], count(r[2]), percent(r[3]), count(r[4]),
                        percent(100.0 * count(r[4]) / count(r[2])), threshold));
    }

    /**
     * Rows naming an enrollment: for leads of its team only, each read in the access log. As of today (the period
     * does not apply); working days as inga-service counts them, in the agency's federal state.
     */
    @Transactional
    public List<OverdueFirstMeetingRow> overdueFirstMeetings(ReportFilter requested) {
        ReportFilter filter = policy.forNamedRows(requested);
        int threshold = config.firstMeetingWorkingDays();
        LocalDate today = clock.today();
        List<OverdueFirstMeetingRow> rows = queries.rows(filter, false, """
                select case when e.erased then null else cast(e.enrollment_id as varchar) end, e.agency, e.team,
                  e.inga_counsellor, e.enrolled_on, e.federal_state
                from enrollment_fact e where e.exit_date is null and e.enrolled_on < :earliest
                  and not exists (select 1 from first_meeting_fact m where m.enrollment_id = e.enrollment_id) and %s
                order by e.agency, e.team, e.enrolled_on, e.enrollment_id""".formatted(filter.where("e.agency", "e.team", null)),
                // working days never outnumber calendar days: only acceptances older than the threshold can be over it
                Map.of("earliest", today.minusDays(threshold)),
                r -> new OverdueFirstMeetingRow((String) r[1], (String) r[2], (String) r[0], (String) r[3],
                        toDate(r[4]), workingDays.between(toDate(r[4]), today, (String) r[5]), threshold))
                .stream().filter(row -> row.workingDaysSinceAcceptance() > threshold).toList();
        policy.recordEnrollmentRows(rows.stream().map(OverdueFirstMeetingRow::enrollmentId).filter(Objects::nonNull)
                .toList());
        return rows;
    }

    /** Rows naming a counsellor: for leads of the counsellor's team only. The period does not apply (as of today). */
    public List<CounsellorCaseloadRow> caseloadPerCounsellor(ReportFilter requested) {
        ReportFilter filter = policy.forNamedRows(requested);
        int key = config.caseloadKey();
        return queries.rows(filter, false, """
                select agency, team, inga_counsellor, count(*) from enrollment_fact
                where exit_date is null and %s group by agency, team, inga_counsellor
                order by agency, team, inga_counsellor""".formatted(filter.where("agency", "team", null)),
                Map.of(),
                r -> new CounsellorCaseloadRow((String) r[0], (String) r[1], (String) r[2], count(r[3]), key,
                        count(r[3]) >= key));
    }

    public List<ReferralRow> referrals(ReportFilter requested) {
        ReportFilter filter = policy.forAggregates(requested);
        return queries.rows(filter, true, """
                select agency, team, outcome, decline_reason, count(*) from referral_fact where %s
                group by agency, team, outcome, decline_reason order by agency, team, outcome, decline_reason"""
                        .formatted(filter.where("agency", "team", "referred_on")),
                Map.of(),
                r -> new ReferralRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], count(r[4])));
    }
}
