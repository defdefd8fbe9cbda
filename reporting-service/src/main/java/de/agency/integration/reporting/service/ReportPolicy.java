package de.agency.integration.reporting.service;

import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.privacy.AccessLog;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/**
 * Need-to-know for report rows (DESIGN.md 1.5), the one policy every report goes through, in its query:
 * <ul>
 *   <li>aggregates (counts, shares, frequencies per agency, team or month): {@code REPORTING_VIEWER} sees those of
 *   all agencies, a {@code TEAM_LEAD} the rows of the teams he or she leads;</li>
 *   <li>rows naming an enrollment or a counsellor: only the leads of that row's team, whatever other role the caller
 *   holds. Each row naming an enrollment is recorded in the access log.</li>
 * </ul>
 * Leads come from access-service's events (every team type); roles from the token.
 */
@RequestScoped
public class ReportPolicy {

    static final String REPORTING_VIEWER = "REPORTING_VIEWER";
    static final String TEAM_LEAD = "TEAM_LEAD";
    /** A report row that names an enrollment; reporting holds no customer numbers, the enrollment id links them. */
    static final String ENROLLMENT_ROW = "ENROLLMENT_REPORT_ROW";

    private final CurrentCaller identity;
    private final AccessLog accessLog;
    private final CallerLedTeams ledTeams;

    ReportPolicy(CurrentCaller identity, AccessLog accessLog, CallerLedTeams ledTeams) {
        this.identity = identity;
        this.accessLog = accessLog;
        this.ledTeams = ledTeams;
    }

    /** The filter of an aggregate report, narrowed to what the caller may see. */
    public ReportFilter forAggregates(ReportFilter filter) {
        return identity.hasRole(REPORTING_VIEWER) ? filter : filter.scopedTo(ledTeams.get());
    }

    /**
     * The filter of a figure over all agencies that has no row of its own, such as the overall share a funnel plot
     * judges every agency against: the requested period only, whoever asks.
     */
    public ReportFilter forOverallFigure(ReportFilter filter) {
        return new ReportFilter(null, null, filter.from(), filter.to());
    }

    /** The filter of a report whose rows name an enrollment or a counsellor: the teams the caller leads. */
    public ReportFilter forNamedRows(ReportFilter filter) {
        return filter.scopedTo(ledTeams.get());
    }

    /** Records that the caller read report rows naming these enrollments. */
    public void recordEnrollmentRows(List<String> enrollmentIds) {
        accessLog.read(ENROLLMENT_ROW, enrollmentIds.stream().map(id -> new AccessLog.Subject(id, null)).toList());
    }
}
