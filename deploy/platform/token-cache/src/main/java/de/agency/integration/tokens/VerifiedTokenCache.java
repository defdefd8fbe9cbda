package de.agency.integration.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Identities of bearer tokens that quarkus-oidc verified (signature, issuer, audience, expiry), by the SHA-256 of the
 * raw token: a token is answered from here only if it is the very same token, and only until its {@code exp} (or the
 * configured maximum age, if sooner). Bounded; emptied when the issuer's keys change ({@link IssuerKeys}). The identity
 * is kept without request-bound attributes (the routing context of the request that verified it).
 */
@ApplicationScoped
public class VerifiedTokenCache {

    /** The attribute of an identity that belongs to the request that made it, not to the token. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    private final Cache<String, Entry> entries;
    private final TokenCacheConfig config;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong verifications = new AtomicLong();

    VerifiedTokenCache(TokenCacheConfig config) {
        this.config = config;
        this.entries = Caffeine.newBuilder()
                .maximumSize(config.maximumSize())
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long now) {
                        return TimeUnit.MILLISECONDS.toNanos(Math.max(0,
                                entry.expiresAt().toEpochMilli() - System.currentTimeMillis()));
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long now, long current) {
                        return expireAfterCreate(key, entry, now);
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /**
     * The identity of this very token, verified before and still valid, with the current request's routing context;
     * empty otherwise.
     */
    Optional<SecurityIdentity> get(String token, RoutingContext routingContext) {
        Entry entry = entries.getIfPresent(hash(token));
        if (entry == null || !entry.expiresAt().isAfter(Instant.now())) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(withRoutingContext(entry.identity(), routingContext));
    }

    /** Whether the token is kept (and still valid). */
    boolean contains(String token) {
        Entry entry = entries.getIfPresent(hash(token));
        return entry != null && entry.expiresAt().isAfter(Instant.now());
    }

    /** Keeps the identity quarkus-oidc verified for the token, until the token's expiry. */
    void put(String token, SecurityIdentity identity) {
        verifications.incrementAndGet();
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant latest = Instant.now().plus(config.maximumAge());
        entries.put(hash(token), new Entry(withRoutingContext(identity, null),
                expiresAt.isBefore(latest) ? expiresAt : latest));
    }

    /** Every entry goes: the next request of each token is verified again. */
    public void invalidateAll() {
        entries.invalidateAll();
    }

    /** Requests answered from the cache since the start. */
    public long hits() {
        return hits.get();
    }

    /** Tokens quarkus-oidc verified since the start. */
    public long verifications() {
        return verifications.get();
    }

    /** The identity with the routing context of a request instead of the one it had (none: without). */
    private static QuarkusSecurityIdentity withRoutingContext(SecurityIdentity identity, RoutingContext routingContext) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissionChecker(identity::checkPermission)
                .setAnonymous(identity.isAnonymous());
        identity.getAttributes().forEach((name, value) -> {
            if (!ROUTING_CONTEXT.equals(name)) {
                builder.addAttribute(name, value);
            }
        });
        if (routingContext != null) {
            builder.addAttribute(ROUTING_CONTEXT, routingContext);
        }
        return builder.build();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
