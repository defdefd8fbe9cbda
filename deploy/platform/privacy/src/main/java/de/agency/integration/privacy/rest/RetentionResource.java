package de.agency.integration.privacy.rest;

import de.agency.integration.privacy.RetentionRule;
import de.agency.integration.privacy.RetentionRules;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service keeps for how long (DESIGN.md 1.6); no personal data, so any authenticated caller may read it. */
@Path("/privacy/retention")
@Tag(name = "Privacy")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class RetentionResource {

    private final Instance<RetentionRules> contributions;

    RetentionResource(Instance<RetentionRules> contributions) {
        this.contributions = contributions;
    }

    @GET
    @Operation(operationId = "listRetentionRules",
            summary = "The retention rules of this service: each kind of data, how long it is kept, and then")
    public List<RetentionRule> rules() {
        return contributions.stream().flatMap(rules -> rules.rules().stream()).toList();
    }
}
