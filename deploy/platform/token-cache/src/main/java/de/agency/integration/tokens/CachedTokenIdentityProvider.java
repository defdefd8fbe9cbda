package de.agency.integration.tokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before quarkus-oidc's identity provider: a bearer access token it verified before and that is still valid is
 * answered from the cache; any other token (a first one, a changed one, an expired one, an ID token of the code flow)
 * goes on to quarkus-oidc, which verifies it in full.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokenCache cache;
    private final TokenCacheConfig config;

    CachedTokenIdentityProvider(VerifiedTokenCache cache, TokenCacheConfig config) {
        this.cache = cache;
        this.config = config;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of quarkus-oidc's provider (Quarkus' default priority, 1001). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!config.enabled() || !(request.getToken() instanceof AccessTokenCredential token)) {
            return Uni.createFrom().nullItem();
        }
        return cache.get(token.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request))
                .map(identity -> Uni.createFrom().item(identity))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }
}
