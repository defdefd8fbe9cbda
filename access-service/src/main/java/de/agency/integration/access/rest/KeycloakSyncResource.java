package de.agency.integration.access.rest;

import de.agency.integration.access.keycloak.KeycloakSync;
import de.agency.integration.access.keycloak.KeycloakSyncQueue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The synchronisation of roles to Keycloak, for operations. */
@Path("/keycloak-sync")
@Tag(name = "Keycloak synchronisation")
@SecurityRequirement(name = "keycloak")
@RolesAllowed("ACCESS_ADMIN")
public class KeycloakSyncResource {

    private final KeycloakSync sync;
    private final KeycloakSyncQueue queue;

    KeycloakSyncResource(KeycloakSync sync, KeycloakSyncQueue queue) {
        this.sync = sync;
        this.queue = queue;
    }

    /** @param backlog users whose realm roles still wait for Keycloak (including failed attempts being retried) */
    @Schema(name = "KeycloakSyncStatus")
    public record Status(long backlog) {
    }

    /**
     * @param usersQueued users whose roles the reconciliation found drifted and queued for correction
     * @param backlog     users whose realm roles wait for Keycloak afterwards, those just queued included
     */
    @Schema(name = "KeycloakReconciliation")
    public record Reconciliation(int usersQueued, long backlog) {
    }

    @GET
    @Operation(operationId = "getKeycloakSyncStatus", summary = "Users whose realm roles still wait for Keycloak")
    public Status status() {
        return new Status(queue.backlog());
    }

    @POST
    @Path("/reconcile")
    @Operation(operationId = "reconcileKeycloakRoles",
            summary = "Check every user with an Inga role here or in Keycloak and correct drift in Keycloak",
            description = "Runs by itself after every start; corrections are logged.")
    public Reconciliation reconcile() {
        return new Reconciliation(sync.reconcile(), queue.backlog());
    }
}
