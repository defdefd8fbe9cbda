package de.agency.integration.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long the access log keeps its entries. */
@ConfigMapping(prefix = "access-log")
public interface AccessLogConfig {

    /** Entries older than this are deleted by a daily job. */
    @WithDefault("P2Y")
    Period retention();

    /** How often the job deletes expired entries ({@code off} to leave it to another replica or to tests). */
    @WithDefault("24h")
    String purgeEvery();
}
