package de.agency.integration.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Checks a service's configuration for its secrets: in the prod profile (the images, the local
 * stack) each comes from its environment variable only, so a start without it fails naming the variable; the demo
 * value a developer needs stays in the dev and test profiles.
 */
public final class ProductionSecrets {

    private ProductionSecrets() {
    }

    /** @param secrets each secret's property and the variable production must set, alternately */
    public static void assertOnlyFromTheEnvironmentInProduction(String... secrets) {
        for (int i = 0; i < secrets.length; i += 2) {
            String property = secrets[i];
            String variable = secrets[i + 1];
            NoSuchElementException refused = assertThrows(NoSuchElementException.class,
                    () -> configuration("prod").getValue(property, String.class),
                    property + " has a value of its own in production");
            assertTrue(refused.getMessage().contains(variable), property + " names " + variable + ": "
                    + refused.getMessage());
            for (String profile : List.of("dev", "test")) {
                assertEquals(false, configuration(profile).getValue(property, String.class).isBlank(),
                        property + " has a demo value in " + profile);
            }
        }
    }

    /**
     * The service's own file and the defaults its libraries bring ({@code META-INF/microprofile-config.properties}),
     * at their ordinals: no environment, no system properties.
     */
    private static SmallRyeConfig configuration(String profile) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        try {
            SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withProfile(profile)
                    .withSources(new PropertiesConfigSource(classLoader.getResource("application.properties"), 250));
            for (URL defaults : Collections.list(classLoader.getResources("META-INF/microprofile-config.properties"))) {
                builder.withSources(new PropertiesConfigSource(defaults, 100));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
