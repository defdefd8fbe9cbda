package de.agency.integration.reporting.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/** The mis-steering monitor's control limits and the agencies of each regional directorate. */
@ConfigMapping(prefix = "reporting.mis-steering")
public interface MisSteeringConfig {

    /** The share of agencies chance alone keeps within the inner limits (about two standard deviations). */
    @WithDefault("0.95")
    double innerCoverage();

    /** ... within the outer limits (about three standard deviations); above them an agency is flagged. */
    @WithDefault("0.998")
    double outerCoverage();

    /** An agency or regional directorate with fewer exits in the period is shown but never flagged. */
    @WithDefault("10")
    int minExits();

    /** Each regional directorate (Regionaldirektion) and its agencies; an agency named by none is UNASSIGNED. */
    Map<String, List<String>> regionalDirectorates();
}
