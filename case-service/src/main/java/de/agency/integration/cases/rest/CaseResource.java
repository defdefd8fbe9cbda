package de.agency.integration.cases.rest;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.domain.PhaseTransition;
import de.agency.integration.cases.service.CaseSearch;
import de.agency.integration.cases.service.CaseService;
import de.agency.integration.idempotency.Idempotent;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/cases")
@Tag(name = "Cases")
@SecurityRequirement(name = "keycloak")
public class CaseResource {

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    public record CasePage(List<CaseView> items, int page, int size, long total) {
    }

    public record TransitionView(@Schema(nullable = true) Phase from, Phase to, OffsetDateTime at, String by,
                                 @Schema(nullable = true) String cause) {

        static TransitionView of(PhaseTransition t) {
            return new TransitionView(t.from, t.to, t.at, t.by, t.cause);
        }
    }

    @POST
    @RolesAllowed("COUNSELLOR")
    @Operation(operationId = "openCase",
            summary = "Open a case", description = "Opens a case in phase PROFILING and publishes CaseOpened.")
    @APIResponse(responseCode = "201", description = "Case opened; the Location header names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    public RestResponse<CaseView> open(@NotNull @Valid OpenCaseRequest request, @Context UriInfo uriInfo) {
        CaseView opened = CaseView.opened(cases.open(request.toCommand()));
        return RestResponse.ResponseBuilder.<CaseView>created(uriInfo.getAbsolutePathBuilder().path(opened.id().toString()).build())
                .entity(opened)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "INTEGRATION_COUNSELLOR_SGB3", DataProtectionOfficer.ROLE})
    @Operation(operationId = "getCase", summary = "Get a case with its 4PM state and the actions allowed next")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "The case with its 4PM state and the actions allowed next",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING),
                    description = "The case's version; name it in If-Match to change it only while it is still at that version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseView.class)))
    public CaseView get(@PathParam("id") UUID id) {
        return CaseView.full(cases.get(id));
    }

    @GET
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "INTEGRATION_COUNSELLOR_SGB3"})
    @Operation(operationId = "searchCases", summary = "Search cases, paged, oldest first")
    public CasePage search(@QueryParam("customerNumber") @Pattern(regexp = "\\d{3}[A-Z]\\d{6}") String customerNumber,
                           @QueryParam("agency") @Size(max = 16) String agency,
                           @QueryParam("phase") Phase phase,
                           @QueryParam("counsellor") @Size(max = 64) String counsellor,
                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        CaseService.SearchResult result = cases.search(new CaseSearch(customerNumber, agency, phase, counsellor), page,
                size);
        return new CasePage(result.cases().stream().map(CaseView::summary).toList(), page, size, result.total());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "INTEGRATION_COUNSELLOR_SGB3", DataProtectionOfficer.ROLE})
    @Operation(operationId = "getCaseHistory", summary = "The phase transitions of a case: who, when, from, to, why")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return cases.history(id).stream()
                .map(TransitionView::of).toList();
    }

    @POST
    @Path("/{id}/handover")
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
    @Operation(operationId = "handOverCase",
            summary = "Hand the case over to the other legal domain (Übergabe SGB II <-> SGB III)",
            description = "The documentation stays with the case; publishes CaseHandedOver.")
    @APIResponse(responseCode = "409", description = "Case closed",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Already in that legal domain",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = CaseView.class, responseDescription = "The case in its new legal domain")
    public CaseView handOver(@PathParam("id") UUID id, @NotNull @Valid Requests.Handover request) {
        return CaseView.full(cases.handOver(id, request.toLegalDomain()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
    @Operation(operationId = "closeCase", summary = "Close the case; publishes CaseClosed")
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = CaseView.class, responseDescription = "The closed case")
    public CaseView close(@PathParam("id") UUID id, @NotNull @Valid Requests.Close request) {
        return CaseView.full(cases.close(id, request.reason()));
    }
}
