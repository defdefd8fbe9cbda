package de.agency.integration.access.rest;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subject access (Art. 15 GDPR): access-service holds nothing about customers, and says so. */
@Path("/privacy/customers/{customerNumber}")
@Tag(name = "Privacy")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(DataProtectionOfficer.ROLE)
public class AccessPrivacyResource {

    private final AgencyClock clock;

    AccessPrivacyResource(AgencyClock clock) {
        this.clock = clock;
    }

    @Schema(name = "AccessServiceSubjectAccess")
    public record SubjectAccess(String customerNumber, String service, OffsetDateTime exportedAt, String holds) {
    }

    @GET
    @Operation(operationId = "getAccessSubjectData",
            summary = "What access-service holds about one customer (Art. 15 GDPR): nothing",
            description = "access-service keeps teams, memberships, roles and deputies of staff only.")
    public SubjectAccess subjectAccess(@PathParam("customerNumber") @Pattern(regexp = "\\d{3}[A-Z]\\d{6}")
                                       String customerNumber) {
        return new SubjectAccess(customerNumber, "access-service", clock.now(),
                "Nothing: access-service keeps data of staff (teams, memberships, roles, deputies), none of customers");
    }
}
