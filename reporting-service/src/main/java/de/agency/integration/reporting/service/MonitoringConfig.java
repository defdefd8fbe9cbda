package de.agency.integration.reporting.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When an agency's use of COUNSELLING_NOT_PURPOSEFUL is flagged for the regional directorate. */
@ConfigMapping(prefix = "reporting.not-purposeful")
public interface MonitoringConfig {

    /** Flagged when the agency's share of exits is more than this many times the share of all other agencies. */
    @WithDefault("2")
    double flagFactor();

    /** ... and the agency used the reason at least this often in the period. */
    @WithDefault("3")
    int flagMinUses();
}
