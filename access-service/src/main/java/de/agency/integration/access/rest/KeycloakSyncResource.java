package de.agency.integration.access.rest;

import de.agency.integration.access.keycloak.KeycloakSync;
import de.agency.integration.access.keycloak.KeycloakSyncQueue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public record Status(Integer usersQueued, long backlog) {
    }

    @GET
    @Operation(operationId = "getKeycloakSyncStatus", summary = "Users whose realm roles still wait for Keycloak")
    public Status status() {
        return new Status(null, queue.backlog());
    }

    @POST
    @Path("/reconcile")
    @Operation(operationId = "reconcileKeycloakRoles",
            summary = "Check every user with an Inga role here or in Keycloak and correct drift in Keycloak",
            description = "Runs by itself after every start; corrections are logged.")
    public Status reconcile() {
        return new Status(sync.reconcile(), queue.backlog());
    }
}
