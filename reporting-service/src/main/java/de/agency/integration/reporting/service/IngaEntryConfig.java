package de.agency.integration.reporting.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The yardsticks of the way into Inga (DESIGN.md 1.2 [sourced]). */
@ConfigMapping(prefix = "reporting.inga-entry")
public interface IngaEntryConfig {

    /** A first meeting later than this many working days after the acceptance is flagged (Federal Audit Office). */
    @WithDefault("14")
    int firstMeetingWorkingDays();

    /** The caseload key: open enrollments per Inga counsellor (keep it equal to inga-service's inga.caseload.key). */
    @WithDefault("65")
    int caseloadKey();
}
