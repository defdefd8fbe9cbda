package de.agency.integration.tokens;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.TreeSet;

/** The test application's resource: who the request's token says the caller is. */
@Path("/whoami")
@Authenticated
public class WhoAmIResource {

    private final SecurityIdentity identity;
    private final RoutingContext request;

    WhoAmIResource(SecurityIdentity identity, RoutingContext request) {
        this.identity = identity;
        this.request = request;
    }

    /** The caller, and whether the identity carries this request's routing context (not the one that verified it). */
    @GET
    public Map<String, Object> get() {
        return Map.of("name", identity.getPrincipal().getName(), "roles", new TreeSet<>(identity.getRoles()),
                "thisRequest", HttpSecurityUtils.getRoutingContextAttribute(identity).request() == request.request());
    }

    @GET
    @Path("/readers")
    @RolesAllowed("reader")
    public String reader() {
        return identity.getPrincipal().getName();
    }
}
