package de.agency.integration.privacy.rest;

import de.agency.integration.privacy.AccessLogEntry;
import de.agency.integration.privacy.AccessLogSearch;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The access log of this service, for the data protection officer only (DESIGN.md 1.5). */
@Path("/access-log")
@Tag(name = "Access log")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(DataProtectionOfficer.ROLE)
public class AccessLogResource {

    private final AccessLogSearch search;

    AccessLogResource(AccessLogSearch search) {
        this.search = search;
    }

    public record EntryView(OffsetDateTime accessedAt, String userId, String resourceKind,
                            @Schema(nullable = true) String resourceId, @Schema(nullable = true) String customerNumber,
                            String endpoint) {

        static EntryView of(AccessLogEntry entry) {
            return new EntryView(entry.accessedAt, entry.userId, entry.resourceKind, entry.resourceId,
                    entry.customerNumber, entry.endpoint);
        }
    }

    public record EntryPage(List<EntryView> items, int page, int size, long total) {
    }

    @GET
    @Operation(operationId = "searchAccessLog",
            summary = "Who read which social data of whom, when and through which endpoint; newest first",
            description = "Filters combine; the period is by the agency's day (from and to included).")
    public EntryPage search(@QueryParam("customerNumber") @Pattern(regexp = "\\d{3}[A-Z]\\d{6}") String customerNumber,
                            @QueryParam("userId") @Size(max = 64) String userId,
                            @QueryParam("resourceId") @Size(max = 64) String resourceId,
                            @QueryParam("from") LocalDate from,
                            @QueryParam("to") LocalDate to,
                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AccessLogSearch.Result result = search.search(
                new AccessLogSearch.Filter(customerNumber, userId, resourceId, from, to), page, size);
        return new EntryPage(result.entries().stream().map(EntryView::of).toList(), page, size, result.total());
    }
}
