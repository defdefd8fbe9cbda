package de.agency.integration.reporting.rest;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Chooses the OIDC tenant: the dashboard's pages, and requests that carry the dashboard's session cookie but no
 * bearer token, use the code-flow tenant {@value #TENANT}; everything else the default bearer-token tenant.
 */
@ApplicationScoped
public class DashboardTenantResolver implements TenantResolver {

    static final String TENANT = "dashboard";
    private static final String SESSION_COOKIE = "q_session_" + TENANT;
    private static final Set<String> PAGES = Set.of("/", "/index.html", "/dashboard.js", "/dashboard.css");

    @Override
    public String resolve(RoutingContext context) {
        if (PAGES.contains(context.normalizedPath())) {
            return TENANT;
        }
        boolean bearer = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
        return !bearer && context.request().getCookie(SESSION_COOKIE) != null ? TENANT : null;
    }
}
