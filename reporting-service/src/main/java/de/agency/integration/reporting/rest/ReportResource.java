package de.agency.integration.reporting.rest;

import de.agency.integration.reporting.service.CaseReport;
import de.agency.integration.reporting.service.CaseReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@Tag(name = "Reports")
@SecurityRequirement(name = "keycloak")
@RolesAllowed("REPORTING_VIEWER")
public class ReportResource {

    private final CaseReportService caseReports;

    ReportResource(CaseReportService caseReports) {
        this.caseReports = caseReports;
    }

    @GET
    @Path("/cases")
    @Operation(summary = "Cases opened, in total and per agency")
    public CaseReport cases() {
        return caseReports.cases();
    }
}
