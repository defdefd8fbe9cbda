package de.agency.integration.tokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * After quarkus-oidc verified a bearer access token, keeps its identity in the cache for the token's next requests.
 * Runs first among the augmentors, so that what it keeps is what quarkus-oidc made of the token alone: the other
 * augmentors run on every request, answered from the cache or not.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache cache;
    private final TokenCacheConfig config;

    VerifiedTokenRecorder(VerifiedTokenCache cache, TokenCacheConfig config) {
        this.cache = cache;
        this.config = config;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (config.enabled() && !identity.isAnonymous()) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token != null && !cache.contains(token.getToken())) {
                cache.put(token.getToken(), identity);
            }
        }
        return Uni.createFrom().item(identity);
    }
}
