package de.agency.integration.reporting.rest;

import de.agency.integration.errors.InvalidInputException;
import de.agency.integration.errors.Violation;
import de.agency.integration.reporting.domain.WorklistKind;
import de.agency.integration.reporting.service.WorklistService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The counsellor's worklist (Arbeitsliste) of open due dates; a team lead's holds the team's. */
@Path("/worklist")
@Tag(name = "Worklist")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3", "TEAM_LEAD"})
@Produces({MediaType.APPLICATION_JSON, CsvReport.CSV})
public class WorklistResource {

    private final WorklistService worklist;

    WorklistResource(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GET
    @Operation(operationId = "getWorklist", summary = "The caller's open items (a team lead's: also the led teams'), "
            + "soonest due date first, paged; items of restricted cases are on nobody's list")
    @APIResponse(responseCode = "200", description = "A page of items: JSON, or its rows as CSV with a header line "
            + "for format=csv", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorklistService.Page.class)),
            @Content(mediaType = CsvReport.CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response get(@Parameter(description = "First due date shown") @QueryParam("from") LocalDate from,
                        @Parameter(description = "Last due date shown") @QueryParam("to") LocalDate to,
                        @Parameter(description = "Kinds shown (repeatable); all if none")
                        @QueryParam("kind") Set<WorklistKind> kinds,
                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                        @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv")
                        String format) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("The period ends before it begins",
                    List.of(new Violation("to", "must not be before from (" + from + ")")));
        }
        WorklistService.Page items = worklist.worklist(from, to, kinds, page, size);
        return "csv".equalsIgnoreCase(format)
                ? CsvReport.respond("worklist", WorklistService.Row.class, items.items(), format)
                : Response.ok(items).build();
    }
}
