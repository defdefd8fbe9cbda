package de.agency.integration.cases.rest;

import de.agency.integration.cases.catalogue.CatalogueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 4PM reference data, read-only. */
@Path("/catalogues")
@Tag(name = "Catalogues")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "INTEGRATION_COUNSELLOR_SGB3"})
public class CatalogueResource {

    private final CatalogueService catalogue;

    CatalogueResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    public record KeyDimensionView(String code, boolean countsForComplexity, String description) {
    }

    public record ProfileCategoryView(String code, boolean complex, String description) {
    }

    public record RuleView(int rank, String category, @Schema(nullable = true) String requiredDimension,
                           int minCounted, @Schema(nullable = true) Integer maxCounted) {
    }

    public record ActionStrategyView(String code, String dimension, String description) {
    }

    public record NoteTypeView(String code, String description) {
    }

    @GET
    @Path("/key-dimensions")
    @Operation(operationId = "listKeyDimensions", summary = "Key dimensions (Schlüsselgrößen) of needs for action")
    public List<KeyDimensionView> keyDimensions() {
        return catalogue.keyDimensions().stream()
                .map(d -> new KeyDimensionView(d.code, d.countsForComplexity, d.description)).toList();
    }

    @GET
    @Path("/profile-categories")
    @Operation(operationId = "listProfileCategories", summary = "Profile categories (Profillagen)")
    public List<ProfileCategoryView> profileCategories() {
        return catalogue.profileCategories().stream().map(c -> new ProfileCategoryView(c.code, c.complex,
                c.description)).toList();
    }

    @GET
    @Path("/profile-category-rules")
    @Operation(operationId = "listProfileCategoryRules",
            summary = "Rules deriving the profile category from the need dimensions, first match by rank wins")
    public List<RuleView> profileCategoryRules() {
        return catalogue.profileCategoryRules().stream()
                .map(r -> new RuleView(r.rank, r.category, r.requiredDimension, r.minCounted, r.maxCounted)).toList();
    }

    @GET
    @Path("/action-strategies")
    @Operation(operationId = "listActionStrategies",
            summary = "Action strategies (Handlungsstrategien) and the key dimension each addresses")
    public List<ActionStrategyView> actionStrategies() {
        return catalogue.actionStrategies().stream().map(s -> new ActionStrategyView(s.code, s.dimension,
                s.description)).toList();
    }

    @GET
    @Path("/note-types")
    @Operation(operationId = "listNoteTypes", summary = "Types of counselling notes (Beratungsvermerke)")
    public List<NoteTypeView> noteTypes() {
        return catalogue.noteTypes().stream().map(t -> new NoteTypeView(t.code, t.description)).toList();
    }
}
