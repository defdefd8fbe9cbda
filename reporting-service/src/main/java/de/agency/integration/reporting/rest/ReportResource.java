package de.agency.integration.reporting.rest;

import de.agency.integration.reporting.service.CaseReport;
import de.agency.integration.reporting.service.CaseReportService;
import de.agency.integration.reporting.service.IngaEntryReports;
import de.agency.integration.reporting.service.MisSteeringMonitor;
import de.agency.integration.reporting.service.QualificationReports;
import de.agency.integration.reporting.service.ReportFilter;
import de.agency.integration.reporting.service.ReportService;
import de.agency.integration.reporting.service.ReportService.ContactGrouping;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reports built only from events; each as JSON, or CSV with {@code ?format=csv}. */
@Path("/reports")
@Tag(name = "Reports")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({"REPORTING_VIEWER", "TEAM_LEAD"})
@Produces({MediaType.APPLICATION_JSON, CsvReport.CSV})
public class ReportResource {

    private static final String REPORT_ROWS = "The report's rows: JSON, or CSV with a header line for format=csv";

    /** Filters every report takes. */
    public static class Filter {

        @QueryParam("agency")
        @Size(max = 16)
        String agency;

        @QueryParam("team")
        @Size(max = 32)
        String team;

        @QueryParam("from")
        LocalDate from;

        @QueryParam("to")
        LocalDate to;

        @QueryParam("format")
        @Pattern(regexp = "json|csv", message = "must be json or csv")
        String format;

        ReportFilter toFilter() {
            return new ReportFilter(agency, team, from, to);
        }
    }

    private final CaseReportService caseReports;
    private final ReportService reports;
    private final IngaEntryReports entry;
    private final QualificationReports qualification;
    private final MisSteeringMonitor misSteering;

    ReportResource(CaseReportService caseReports, ReportService reports, IngaEntryReports entry,
                   QualificationReports qualification, MisSteeringMonitor misSteering) {
        this.caseReports = caseReports;
        this.reports = reports;
        this.entry = entry;
        this.qualification = qualification;
        this.misSteering = misSteering;
    }

    @GET
    @Path("/cases")
    @Operation(operationId = "getCasesReport", summary = "Cases opened, in total and per agency",
            description = "As CSV (format=csv) the rows per agency; their sum is the total.")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseReport.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "agency,cases\r\n311,42\r\n")})
    public Response cases(@QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv")
                          String format) {
        CaseReport report = caseReports.cases();
        return "csv".equalsIgnoreCase(format)
                ? CsvReport.respond("cases", CaseReport.AgencyCount.class, report.byAgency(), format)
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/caseload")
    @Operation(operationId = "getCaseloadReport",
            summary = "Inga caseload: open enrollments by agency and team, as of today")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.CaseloadRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response caseload(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("caseload", ReportService.CaseloadRow.class, reports.caseload(filter.toFilter()),
                filter.format);
    }

    @GET
    @Path("/enrollments-over-time")
    @Operation(operationId = "getEnrollmentsOverTimeReport", summary = "Enrollments and exits per month")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.MonthRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response enrollmentsOverTime(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("enrollments-over-time", ReportService.MonthRow.class,
                reports.enrollmentsOverTime(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/exits-by-reason")
    @Operation(operationId = "getExitsByReasonReport",
            summary = "Exits by reason with their share (period by exit day)")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.ExitReasonRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response exitsByReason(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("exits-by-reason", ReportService.ExitReasonRow.class,
                reports.exitsByReason(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/not-purposeful-monitoring")
    @Operation(operationId = "getNotPurposefulMonitoringReport",
            summary = "Monitoring of COUNSELLING_NOT_PURPOSEFUL per agency and month",
            description = "Uses, share of all exits, months in Inga at exit (median, distribution), refused early "
                    + "attempts; agencies whose share over the period lies above the mis-steering monitor's outer "
                    + "limit are flagged.")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.NotPurposefulRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response notPurposefulMonitoring(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("not-purposeful-monitoring", ReportService.NotPurposefulRow.class,
                reports.notPurposefulMonitoring(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/mis-steering")
    @Operation(operationId = "getMisSteeringReport",
            summary = "Mis-steering monitor: COUNSELLING_NOT_PURPOSEFUL per agency or regional directorate against "
                    + "funnel-plot control limits",
            description = "Per agency (or regional directorate): exits in the period, uses of the reason, their share, "
                    + "the overall share of all agencies in the period, the inner and outer control limits for that "
                    + "number of exits (exact binomial, about 95 % and 99.8 %) and the flag. Fewer exits than the "
                    + "configured minimum are never flagged (TOO_FEW_EXITS).")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MisSteeringMonitor.MisSteeringRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response misSteering(@Valid @BeanParam Filter filter,
                                @QueryParam("groupBy") @DefaultValue("AGENCY") MisSteeringMonitor.Grouping groupBy) {
        return CsvReport.respond("mis-steering", MisSteeringMonitor.MisSteeringRow.class,
                misSteering.rows(filter.toFilter(), groupBy), filter.format);
    }

    @GET
    @Path("/mis-steering-limits")
    @Operation(operationId = "getMisSteeringLimitsReport",
            summary = "The mis-steering monitor's control limits as curves over the number of exits, for a funnel plot",
            description = "Around the overall share of the period; up to upTo exits, by default the largest visible "
                    + "agency's (at least 100).")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MisSteeringMonitor.LimitsRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response misSteeringLimits(@Valid @BeanParam Filter filter,
                                      @QueryParam("upTo") @Min(1) @Max(1_000_000) Integer upTo) {
        return CsvReport.respond("mis-steering-limits", MisSteeringMonitor.LimitsRow.class,
                misSteering.limits(filter.toFilter(), upTo), filter.format);
    }

    @GET
    @Path("/contact-frequency")
    @Operation(operationId = "getContactFrequencyReport",
            summary = "Contacts per month over all forms, per enrollment, counsellor or team")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.ContactFrequencyRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response contactFrequency(@Valid @BeanParam Filter filter,
                                     @QueryParam("groupBy") @DefaultValue("ENROLLMENT") ContactGrouping groupBy) {
        return CsvReport.respond("contact-frequency", ReportService.ContactFrequencyRow.class,
                reports.contactFrequency(filter.toFilter(), groupBy), filter.format);
    }

    @GET
    @Path("/nearing-max-duration")
    @Operation(operationId = "getNearingMaxDurationReport",
            summary = "Open enrollments whose 24 months end within the given days (default 60)")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.NearingEndRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response nearingMaxDuration(@Valid @BeanParam Filter filter,
                                       @QueryParam("withinDays") @DefaultValue("60") @Min(0) @Max(730) int withinDays) {
        return CsvReport.respond("nearing-max-duration", ReportService.NearingEndRow.class,
                reports.nearingMaxDuration(filter.toFilter(), withinDays), filter.format);
    }

    @GET
    @Path("/sgb2-compliance")
    @Operation(operationId = "getSgb2ComplianceReport",
            summary = "SGB II minimum standard: cases with the PROFILING_ASSESSMENT note of the first counselling")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.ComplianceRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response sgb2Compliance(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("sgb2-compliance", ReportService.ComplianceRow.class,
                reports.sgb2Compliance(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/members-lacking-role")
    @Operation(operationId = "getMembersLackingRoleReport",
            summary = "Inga team members still lacking the role of their function")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportService.LackingRoleRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response membersLackingRole(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("members-lacking-role", ReportService.LackingRoleRow.class,
                reports.membersLackingRole(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/first-meeting-timeliness")
    @Operation(operationId = "getFirstMeetingTimelinessReport",
            summary = "Working days from the acceptance to the first meeting per agency and team (period by meeting "
                    + "day): median, and those over the threshold (reporting.inga-entry.first-meeting-working-days)")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = IngaEntryReports.FirstMeetingRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response firstMeetingTimeliness(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("first-meeting-timeliness", IngaEntryReports.FirstMeetingRow.class,
                entry.firstMeetingTimeliness(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/first-meeting-overdue")
    @Operation(operationId = "getFirstMeetingOverdueReport",
            summary = "Open enrollments still without their first meeting, already more working days after the "
                    + "acceptance than the threshold (reporting.inga-entry.first-meeting-working-days)",
            description = "Rows name enrollments: leads see their own teams' rows only, each read is in the access "
                    + "log. As of today; working days without weekends and the holidays of the agency's federal state.")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = IngaEntryReports.OverdueFirstMeetingRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response firstMeetingOverdue(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("first-meeting-overdue", IngaEntryReports.OverdueFirstMeetingRow.class,
                entry.overdueFirstMeetings(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/caseload-per-counsellor")
    @Operation(operationId = "getCaseloadPerCounsellorReport",
            summary = "Open enrollments per Inga counsellor against the caseload key (65), those at or above it flagged",
            description = "Rows name counsellors: leads see their own teams' rows only.")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = IngaEntryReports.CounsellorCaseloadRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response caseloadPerCounsellor(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("caseload-per-counsellor", IngaEntryReports.CounsellorCaseloadRow.class,
                entry.caseloadPerCounsellor(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/referrals")
    @Operation(operationId = "getReferralsReport",
            summary = "Referrals to Inga teams by outcome (open, accepted, declined by reason); period by referral day")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = IngaEntryReports.ReferralRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response referrals(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("referrals", IngaEntryReports.ReferralRow.class, entry.referrals(filter.toFilter()),
                filter.format);
    }

    @GET
    @Path("/uncertified-inga-counsellors")
    @Operation(operationId = "getUncertifiedIngaCounsellorsReport",
            summary = "Holders of INTEGRATION_COUNSELLOR_SGB3 without an Inga certification, by the team the role rests on",
            description = "Rows name counsellors: leads see their own teams' rows only. As of today.")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = QualificationReports.UncertifiedCounsellorRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response uncertifiedIngaCounsellors(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("uncertified-inga-counsellors", QualificationReports.UncertifiedCounsellorRow.class,
                qualification.uncertifiedIngaCounsellors(filter.toFilter()), filter.format);
    }

    @GET
    @Path("/reflection-days")
    @Operation(operationId = "getReflectionDaysReport",
            summary = "Certification groups with their last and next approved reflection day, those without one in "
                    + "the last 12 months flagged",
            description = "Agency, team and a lead's own teams narrow it to groups with a certified member in such an "
                    + "Inga team. As of today.")
    @APIResponse(responseCode = "200", description = REPORT_ROWS, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = QualificationReports.ReflectionDayRow.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response reflectionDays(@Valid @BeanParam Filter filter) {
        return CsvReport.respond("reflection-days", QualificationReports.ReflectionDayRow.class,
                qualification.reflectionDays(filter.toFilter()), filter.format);
    }
}
