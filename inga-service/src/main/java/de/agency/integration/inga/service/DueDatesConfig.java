package de.agency.integration.inga.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The due dates of an enrollment. */
@ConfigMapping(prefix = "inga.due-dates")
public interface DueDatesConfig {

    /**
     * Working days from the acceptance to the first meeting [sourced: the Federal Audit Office's 14 working days],
     * without weekends and the public holidays of the agency's federal state.
     */
    @WithDefault("14")
    int firstMeetingWorkingDays();

    /** Calendar days before the end of the 24 months at which {@code EnrollmentEndingSoon} is published. */
    @WithDefault("60")
    int endingSoonDays();
}
