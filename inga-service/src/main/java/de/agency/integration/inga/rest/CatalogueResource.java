package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.ExclusionCriterion;
import de.agency.integration.inga.domain.ExitReason;
import de.agency.integration.inga.domain.ReferralDeclineReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Catalogues")
@SecurityRequirement(name = "keycloak")
public class CatalogueResource {

    @GET
    @Path("/exit-reasons")
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "COUNSELLOR", "TEAM_LEAD"})
    @Operation(operationId = "listExitReasons", summary = "The exit-reason catalogue",
            description = "Valid reasons first; invalid entries name what may never end Inga, and why.")
    public List<ExitReasonView> catalogue() {
        return ExitReason.catalogue().stream().map(ExitReasonView::of).toList();
    }

    /** An exclusion criterion of the catalogue. */
    public record ExclusionCriterionView(String code, String explanation) {
    }

    @GET
    @Path("/exclusion-criteria")
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "COUNSELLOR", "TEAM_LEAD"})
    @Operation(operationId = "listExclusionCriteria", summary = "Circumstances that exclude a customer from Inga",
            description = "Named in an enrollment's circumstances, each refuses it (rule EXCLUDED).")
    public List<ExclusionCriterionView> exclusionCriteria() {
        return ExclusionCriterion.catalogue().stream().map(c -> new ExclusionCriterionView(c.code, c.explanation))
                .toList();
    }

    /** A reason an Inga team may decline a referral for. */
    public record DeclineReasonView(String code, String explanation) {
    }

    @GET
    @Path("/referral-decline-reasons")
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "COUNSELLOR", "TEAM_LEAD"})
    @Operation(operationId = "listReferralDeclineReasons", summary = "Reasons an Inga team declines a referral for")
    public List<DeclineReasonView> declineReasons() {
        return ReferralDeclineReason.catalogue().stream().map(r -> new DeclineReasonView(r.code, r.explanation))
                .toList();
    }
}
