package de.agency.integration.privacy;

import de.agency.integration.clock.AgencyClock;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The access log of this service, for the data protection officer only (DESIGN.md 1.5). */
@Path("/access-log")
@Tag(name = "Access log")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(DataProtectionOfficer.ROLE)
public class AccessLogResource {

    public record EntryView(OffsetDateTime accessedAt, String userId, String resourceKind, String resourceId,
                            String customerNumber, String endpoint) {

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
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (customerNumber != null) {
            conditions.add("customerNumber = :customerNumber");
            parameters.and("customerNumber", customerNumber);
        }
        if (userId != null) {
            conditions.add("userId = :userId");
            parameters.and("userId", userId);
        }
        if (resourceId != null) {
            conditions.add("resourceId = :resourceId");
            parameters.and("resourceId", resourceId);
        }
        if (from != null) {
            conditions.add("accessedAt >= :from");
            parameters.and("from", from.atStartOfDay(AgencyClock.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            conditions.add("accessedAt < :to");
            parameters.and("to", to.plusDays(1).atStartOfDay(AgencyClock.ZONE).toOffsetDateTime());
        }
        var query = AccessLogEntry.<AccessLogEntry>find(String.join(" and ", conditions),
                Sort.descending("accessedAt", "id"), parameters);
        return new EntryPage(query.page(Page.of(page, size)).list().stream().map(EntryView::of).toList(), page, size,
                query.count());
    }
}
