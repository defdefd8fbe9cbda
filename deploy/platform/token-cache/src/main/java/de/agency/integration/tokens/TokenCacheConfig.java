package de.agency.integration.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The verified-token cache ({@code token-cache.*}). */
@ConfigMapping(prefix = "token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified (as quarkus-oidc does by itself). */
    @WithDefault("true")
    boolean enabled();

    /** The most tokens kept; the least recently used go first. */
    @WithDefault("10000")
    long maximumSize();

    /** The longest an entry is kept, also for a token valid longer. */
    @WithDefault("PT10M")
    Duration maximumAge();

    /** How often the issuer's keys are read; when they changed, every entry goes. */
    @WithDefault("30s")
    String keysCheckEvery();
}
