package de.agency.integration.reporting.service;

import static de.agency.integration.reporting.service.ReportService.count;
import static de.agency.integration.reporting.service.ReportService.percent;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The way into Inga (DESIGN.md 1.2 [sourced]): how soon the first meeting follows the acceptance, the caseload of each
 * Inga counsellor against the key, and what became of the referrals.
 */
@ApplicationScoped
public class IngaEntryReports {

    /** First meetings per agency and receiving team, by meeting day. */
    public record FirstMeetingRow(String agency, String team, long firstMeetings, BigDecimal medianWorkingDays,
                                  long overThreshold, BigDecimal sharePercentOverThreshold, int thresholdWorkingDays) {
    }

    /** Open enrollments of one Inga counsellor against the caseload key. */
    public record CounsellorCaseloadRow(String agency, String team, String ingaCounsellor, long openEnrollments,
                                        int caseloadKey, boolean atOrAboveKey) {
    }

    /** Referrals per receiving team and outcome (a declined one by reason), by referral day. */
    public record ReferralRow(String agency, String team, String outcome, String declineReason, long referrals) {
    }

    private final ReportQueries queries;
    private final ReportPolicy policy;
    private final IngaEntryConfig config;

    IngaEntryReports(ReportQueries queries, ReportPolicy policy, IngaEntryConfig config) {
        this.queries = queries;
        this.policy = policy;
        this.config = config;
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
