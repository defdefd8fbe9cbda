package de.agency.integration.cases.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Retention of cases (DESIGN.md 1.6) and the job that erases them. */
@ConfigMapping(prefix = "cases.privacy")
public interface CasePrivacyConfig {

    /** A closed case and everything about it is erased this long after it was closed [default 10 years]. */
    @WithDefault("P10Y")
    Period retentionAfterClose();

    /** When the erasure job runs (Quartz-style cron in the agency's time zone; {@code off} to disable). */
    @WithDefault("0 30 2 * * ?")
    String erasureCron();
}
