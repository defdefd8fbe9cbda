package de.agency.integration.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/**
 * Signed bearer tokens for tests, issued by the OIDC test server ({@link OidcWiremockTestResource}) that the service
 * under test trusts in its test profile. The roles travel in the token as they do in Keycloak's.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String bearer(String user, String... roles) {
        return "Bearer " + OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
    }
}
