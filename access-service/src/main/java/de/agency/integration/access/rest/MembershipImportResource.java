package de.agency.integration.access.rest;

import de.agency.integration.access.service.MembershipImportService;
import de.agency.integration.access.service.MembershipRow;
import de.agency.integration.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of X90 memberships, as JSON or CSV, under the grant rules of single changes. */
@Path("/memberships/import")
@Tag(name = "Teams", description = "X90 teams and their memberships")
@SecurityRequirement(name = "keycloak")
@RolesAllowed("ACCESS_ADMIN")
public class MembershipImportResource {

    static final String CSV = "text/csv";
    private static final String DESCRIPTION = "All or nothing: a file with one invalid or contradicting row changes "
            + "nothing (400/422 naming each row as rows[i], i = 0 for the first data row). A row that matches a "
            + "membership as it stands changes nothing, so the same file imported twice has no second effect. The "
            + "report says per row what was granted, what needs a request and what ended.";

    private final MembershipImportService imports;

    MembershipImportResource(MembershipImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importMemberships",
            summary = "Import memberships from a JSON array", description = DESCRIPTION)
    @APIResponse(responseCode = "422", description = "Rows contradict the memberships on record or each other",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = MembershipImportService.Report.class, responseDescription = "What the import changed")
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    public MembershipImportService.Report importJson(@NotNull @Size(max = 50_000) List<MembershipRow> rows) {
        return imports.importRows(rows);
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importMemberships",
            summary = "Import memberships from CSV (RFC 4180, header line)", description = DESCRIPTION)
    @RequestBody(content = @Content(mediaType = CSV, examples = @ExampleObject(name = "two rows", value = """
            x90,teamType,agency,userId,function,startDate,endDate
            X90-311-INGA1,INGA,311,inga-counsellor,COUNSELLOR,2019-06-01,
            X90-311-MIX1,MIXED,311,teamlead,TEAM_LEAD,2021-02-01,
            """)))
    @APIResponse(responseCode = "422", description = "Rows contradict the memberships on record or each other",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = MembershipImportService.Report.class, responseDescription = "What the import changed")
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255))
    public MembershipImportService.Report importCsv(@NotNull String csv) {
        return imports.importRows(CsvMembershipRows.parse(csv));
    }
}
