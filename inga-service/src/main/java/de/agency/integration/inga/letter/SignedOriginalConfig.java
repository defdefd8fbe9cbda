package de.agency.integration.inga.letter;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the signed originals of consents. */
@ConfigMapping(prefix = "inga.signed-original")
public interface SignedOriginalConfig {

    /** The largest original kept (413 beyond it); at most {@code quarkus.http.limits.max-body-size}. */
    @WithDefault("2M")
    MemorySize maxSize();
}
